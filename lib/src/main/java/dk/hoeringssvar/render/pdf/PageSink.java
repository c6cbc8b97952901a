package dk.hoeringssvar.render.pdf;

import java.io.IOException;
import java.util.List;

/** Where finished pages go, one at a time and in order: the painter, or a test's collector. */
interface PageSink {

    /**
     * @param bookmarks outline entries on this page
     * @param number    this page's number in the whole document (1-based)
     * @param count     the number of pages in the whole document
     */
    void page(PageModel page, List<Bookmark> bookmarks, int number, int count) throws IOException;

    /** Called once all pages of {@code pdf} have been given, before it is closed. */
    void release(ReceivedPdf pdf) throws IOException;

    /**
     * Called after the last page of the front matter and of each part: nothing given before is referred
     * to again, so what is kept of it (structure elements) can be written out and let go.
     */
    default void partDone() throws IOException {
    }
}
