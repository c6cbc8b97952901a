package dk.hoeringssvar.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The unit of pagination: a horizontal strip of a block that is never split between pages (a text
 * line, a table row, an image). Layout turns the document into a flat list of slices; the paginator
 * only ever breaks pages between them.
 *
 * @param height          vertical extent in points
 * @param items           drawn content, in local coordinates (see {@link DrawItem})
 * @param bands           strips over the full height, painted before the items (outermost first)
 * @param keep            whether to stay on the page of the next slice
 * @param collapsible     a spacer between blocks, dropped at the top of a page
 * @param pageBreak       an explicit page break (no content)
 * @param repeatOnNewPage slices to put first when this slice starts a page (a table's header rows)
 * @param bookmark        an outline entry pointing at this slice's top, or null
 */
record Slice(double height, List<DrawItem> items, List<Band> bands, Keep keep, boolean collapsible,
             boolean pageBreak, List<Slice> repeatOnNewPage, Bookmark bookmark) {

    Slice {
        items = List.copyOf(items);
        bands = List.copyOf(bands);
        repeatOnNewPage = List.copyOf(repeatOnNewPage);
    }

    static Slice of(double height, List<DrawItem> items) {
        return new Slice(height, items, List.of(), Keep.NONE, false, false, List.of(), null);
    }

    static Slice spacer(double height, Keep keep) {
        return new Slice(height, List.of(), List.of(), keep, true, false, List.of(), null);
    }

    static Slice breakPage() {
        return new Slice(0, List.of(), List.of(), Keep.NONE, false, true, List.of(), null);
    }

    Slice withKeep(Keep k) {
        return new Slice(height, items, bands, k, collapsible, pageBreak, repeatOnNewPage, bookmark);
    }

    Slice withBookmark(Bookmark b) {
        return new Slice(height, items, bands, keep, collapsible, pageBreak, repeatOnNewPage, b);
    }

    Slice withRepeat(List<Slice> header) {
        return new Slice(height, items, bands, keep, collapsible, pageBreak, header, bookmark);
    }

    /** Moves the slice right; used when a container indents its content. */
    Slice shifted(double dx) {
        if (dx == 0) {
            return this;
        }
        List<DrawItem> movedItems = new ArrayList<>(items.size());
        items.forEach(i -> movedItems.add(i.shifted(dx, 0)));
        List<Band> movedBands = new ArrayList<>(bands.size());
        bands.forEach(b -> movedBands.add(b.shifted(dx)));
        List<Slice> movedRepeat = new ArrayList<>(repeatOnNewPage.size());
        repeatOnNewPage.forEach(s -> movedRepeat.add(s.shifted(dx)));
        return new Slice(height, movedItems, movedBands, keep, collapsible, pageBreak, movedRepeat, bookmark);
    }

    /** Adds a container's bands beneath this slice's own. */
    Slice underBands(List<Band> outer) {
        if (outer.isEmpty() || pageBreak) {
            return this;
        }
        List<Band> all = new ArrayList<>(outer);
        all.addAll(bands);
        List<Slice> repeat = new ArrayList<>(repeatOnNewPage.size());
        repeatOnNewPage.forEach(s -> repeat.add(s.underBands(outer)));
        return new Slice(height, items, all, keep, collapsible, pageBreak, repeat, bookmark);
    }

    /** The same slice with every item and band marked as decoration (a repeated table header). */
    Slice asDecoration() {
        List<DrawItem> decorated = new ArrayList<>(items.size());
        items.forEach(i -> decorated.add(i.withTag(i.tag().asDecoration())));
        List<Band> decoratedBands = new ArrayList<>(bands.size());
        bands.forEach(b -> decoratedBands.add(new Band(b.x(), b.width(), b.colour(), b.tag().asDecoration())));
        return new Slice(height, decorated, decoratedBands, keep, collapsible, pageBreak, List.of(), null);
    }

    /**
     * Splits a slice taller than {@code maxHeight} between its text lines (a table row or a definition
     * taller than a page), so it can continue on the next page. Shorter slices come back unchanged.
     */
    List<Slice> splitAtLines(double maxHeight) {
        if (height <= maxHeight) {
            return List.of(this);
        }
        TreeSet<Double> cuts = new TreeSet<>();
        for (DrawItem item : items) {
            if (item instanceof DrawItem.TextLine line && line.localTop() > 0 && line.localTop() < height
                    && !straddled(line.localTop())) {
                cuts.add(line.localTop());
            }
        }
        if (cuts.isEmpty()) {
            return List.of(this);
        }
        List<Double> bounds = new ArrayList<>();
        bounds.add(0.0);
        bounds.addAll(cuts);
        bounds.add(height);
        List<List<DrawItem>> parts = new ArrayList<>();
        for (int i = 0; i < bounds.size() - 1; i++) {
            parts.add(new ArrayList<>());
        }
        for (DrawItem item : items) {
            int segment = 0;
            while (segment + 1 < parts.size() && item.localTop() >= bounds.get(segment + 1)) {
                segment++;
            }
            parts.get(segment).add(item.shifted(0, -bounds.get(segment)));
        }
        List<Slice> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            boolean last = i == parts.size() - 1;
            out.add(new Slice(bounds.get(i + 1) - bounds.get(i), parts.get(i), bands, last ? keep : Keep.NONE,
                    false, false, repeatOnNewPage, i == 0 ? bookmark : null));
        }
        return out;
    }

    private boolean straddled(double y) {
        final double eps = 1e-6;
        for (DrawItem item : items) {
            double top = item.localTop();
            double bottom = switch (item) {
                case DrawItem.TextLine t -> t.localBottom();
                case DrawItem.Picture p -> p.y() + p.height();
                case DrawItem.Fill f -> top; // borders and backgrounds may be cut
                case DrawItem.Imported i -> top; // only ever placed on a page of its own
            };
            if (top < y - eps && bottom > y + eps) {
                return true;
            }
        }
        return false;
    }
}
