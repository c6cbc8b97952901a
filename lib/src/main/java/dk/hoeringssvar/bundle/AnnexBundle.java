package dk.hoeringssvar.bundle;

import dk.hoeringssvar.model.InvalidModelException;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Samlede høringssvar: every statement of a hearing in order, each an annex (Bilag 1 … n). Rendered as
 * one document with a cover, a table of contents, running page numbers, a stamp on every annex page
 * and bookmarks.
 */
public record AnnexBundle(Hearing hearing, List<BundleItem> items) {
    public AnnexBundle {
        if (hearing == null) {
            throw new InvalidModelException("AnnexBundle.hearing", "is required");
        }
        items = items instanceof SuppliedItems ? items : Texts.list(items, "AnnexBundle.items");
        if (items.isEmpty()) {
            throw new InvalidModelException("AnnexBundle.items", "needs at least one entry");
        }
    }

    /**
     * A bundle whose items are not held but made by {@code items} whenever they are needed: for a hearing
     * with thousands of statements, read from a database or files one at a time. Rendered as PDF, such a
     * bundle is never held in memory as a whole, whatever its size (DOCX holds the whole document anyway).
     *
     * <p>{@code items} is called with an index from 0 to {@code count - 1}, in order, several times for
     * each index: a PDF reads every item for the cover (its sender), again to lay it out, and once more
     * to paint it if its laid-out pages could not be kept. With more than one layout thread
     * ({@code DocumentEngine.Builder.layoutThreads}) it is called from those threads and not in order,
     * so it must then be thread-safe. It must give equal items for the same index
     * every time; a null item is an {@link InvalidModelException} naming the index. {@link #items()}
     * is a read-only list that calls {@code items} on every {@code get}.
     *
     * @param count how many items, at least one
     */
    public static AnnexBundle supplied(Hearing hearing, int count, IntFunction<? extends BundleItem> items) {
        return new AnnexBundle(hearing, new SuppliedItems(count, items));
    }

    /** The annex number of the item at {@code index} (0-based): "1", "2" … */
    public static String annexNumber(int index) {
        return Integer.toString(index + 1);
    }
}
