package dk.hoeringssvar.render.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Distributes slices over pages. A page breaks only between slices; a group of slices joined by
 * {@link Keep} moves to the next page as a whole when it fits on one, otherwise only the
 * {@link Keep#HEADING} links are honoured. Spacers are dropped at a page top; a table's header rows are
 * put again at the top of a page that continues the table.
 */
final class Paginator {

    private static final double EPSILON = 1e-6;

    private final double left;
    private final double bodyTop;
    private final double bodyHeight;

    private final List<List<DrawItem>> pages = new ArrayList<>();
    private final List<Bookmark> bookmarks = new ArrayList<>();
    private List<DrawItem> page;
    private double cursor;
    private boolean pageUsed;

    Paginator(double left, double bodyTop, double bodyHeight) {
        this.left = left;
        this.bodyTop = bodyTop;
        this.bodyHeight = bodyHeight;
    }

    /** Pages (each a list of items in page coordinates) and placed bookmarks. */
    record Result(List<List<DrawItem>> pages, List<Bookmark> bookmarks) {
    }

    Result paginate(List<Slice> slices) {
        newPage();
        int relaxedUntil = -1;
        for (int i = 0; i < slices.size(); i++) {
            Slice slice = slices.get(i);
            if (slice.pageBreak()) {
                if (pageUsed) {
                    newPage();
                }
                continue;
            }
            if (slice.collapsible() && cursor == 0) {
                continue;
            }
            if (i > relaxedUntil) {
                int end = groupEnd(slices, i, false);
                if (pageUsed && !fits(groupHeight(slices, i, end, false))) {
                    if (groupHeight(slices, i, end, true) <= bodyHeight + EPSILON) {
                        newPage();
                    } else {
                        // Too tall for any page: break inside the group, keeping only headings with what follows.
                        relaxedUntil = end;
                    }
                }
            }
            if (i <= relaxedUntil && pageUsed) {
                int hardEnd = groupEnd(slices, i, true);
                double hard = groupHeight(slices, i, hardEnd, false);
                if (!fits(hard) && groupHeight(slices, i, hardEnd, true) <= bodyHeight + EPSILON) {
                    newPage();
                }
            }
            if (slice.collapsible() && cursor == 0) {
                continue;
            }
            if (pageUsed && !fits(slice.height())) {
                newPage();
                if (slice.collapsible()) {
                    continue;
                }
            }
            if (cursor == 0) {
                for (Slice header : slice.repeatOnNewPage()) {
                    place(header);
                }
            }
            place(slice);
        }
        pages.add(page);
        return new Result(List.copyOf(pages), List.copyOf(bookmarks));
    }

    private boolean fits(double height) {
        return cursor + height <= bodyHeight + EPSILON;
    }

    /** Index of the last slice of the kept group starting at {@code start}. */
    private static int groupEnd(List<Slice> slices, int start, boolean headingsOnly) {
        int j = start;
        while (j + 1 < slices.size() && !slices.get(j + 1).pageBreak()) {
            Keep keep = slices.get(j).keep();
            boolean joined = headingsOnly ? keep == Keep.HEADING : keep != Keep.NONE;
            if (!joined) {
                break;
            }
            j++;
        }
        return j;
    }

    private double groupHeight(List<Slice> slices, int start, int end, boolean onFreshPage) {
        double h = 0;
        boolean top = onFreshPage || cursor == 0;
        for (int j = start; j <= end; j++) {
            Slice s = slices.get(j);
            if (top && s.collapsible()) {
                continue;
            }
            top = false;
            h += s.height();
        }
        if (onFreshPage) {
            for (Slice header : slices.get(start).repeatOnNewPage()) {
                h += header.height();
            }
        }
        return h;
    }

    private void place(Slice slice) {
        double top = bodyTop - cursor;
        for (Band band : slice.bands()) {
            page.add(band.over(slice.height()).placed(left, top));
        }
        for (DrawItem item : slice.items()) {
            page.add(item.placed(left, top));
        }
        if (slice.bookmark() != null) {
            bookmarks.add(slice.bookmark().at(pages.size(), top));
        }
        cursor += slice.height();
        pageUsed = true;
    }

    private void newPage() {
        if (page != null) {
            pages.add(page);
        }
        page = new ArrayList<>();
        cursor = 0;
        pageUsed = false;
    }
}
