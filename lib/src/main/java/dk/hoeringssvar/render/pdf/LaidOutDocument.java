package dk.hoeringssvar.render.pdf;

import java.util.List;

/** The result of layout: every page with its items, and the outline entries with their positions. */
record LaidOutDocument(List<PageModel> pages, List<Bookmark> bookmarks) {
    LaidOutDocument {
        pages = List.copyOf(pages);
        bookmarks = List.copyOf(bookmarks);
    }
}
