package dk.hoeringssvar.render.pdf;

/**
 * An outline entry for a heading; {@code pageIndex} (0-based) and {@code top} (PDF y) are set by the
 * paginator, negative while unplaced.
 */
record Bookmark(int level, String title, int pageIndex, double top) {

    static Bookmark unplaced(int level, String title) {
        return new Bookmark(level, title, -1, -1);
    }

    Bookmark at(int page, double y) {
        return new Bookmark(level, title, page, y);
    }
}
