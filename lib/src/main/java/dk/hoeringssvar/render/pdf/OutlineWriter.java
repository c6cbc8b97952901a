package dk.hoeringssvar.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes bookmarks as the PDF outline, nested by heading level: a level-2 heading goes under the last
 * level-1 heading, a level-3 under the last lower-level one (a skipped level nests under what is there).
 */
final class OutlineWriter {

    private record Open(int level, PdfOutline outline) {
    }

    private final PdfWriter writer;
    private final Deque<Open> open = new ArrayDeque<>();

    OutlineWriter(PdfWriter writer) {
        this.writer = writer;
    }

    /** Adds an entry pointing at {@code bookmark}'s position on the page currently being written. */
    void add(Bookmark bookmark) {
        while (!open.isEmpty() && open.peek().level() >= bookmark.level()) {
            open.pop();
        }
        PdfOutline parent = open.isEmpty() ? writer.getRootOutline() : open.peek().outline();
        PdfDestination destination = new PdfDestination(PdfDestination.FITH, (float) bookmark.top());
        destination.addPage(writer.getCurrentPage());
        open.push(new Open(bookmark.level(), new PdfOutline(parent, destination, bookmark.title(), true)));
    }
}
