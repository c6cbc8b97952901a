package dk.hoeringssvar.bundle;

import dk.hoeringssvar.model.InvalidModelException;
import java.util.List;

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
        items = Texts.list(items, "AnnexBundle.items");
        if (items.isEmpty()) {
            throw new InvalidModelException("AnnexBundle.items", "needs at least one entry");
        }
    }

    /** The annex number of the item at {@code index} (0-based): "1", "2" … */
    public static String annexNumber(int index) {
        return Integer.toString(index + 1);
    }
}
