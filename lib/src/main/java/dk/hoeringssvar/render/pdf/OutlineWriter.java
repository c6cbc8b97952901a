package dk.hoeringssvar.render.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfIndirectReference;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Writes bookmarks as the PDF outline, nested by heading level: a level-2 heading goes under the last
 * level-1 heading, a level-3 under the last lower-level one (a skipped level nests under what is there).
 * Every entry is open.
 *
 * <p>Entries are written while the pages are, not held to the end as OpenPDF's own outline is: an
 * entry is written as soon as its next sibling arrives (or its parent closes), when its children are all
 * written and its {@code /Next} is known. Only the path from the root to the newest entry is kept, so a
 * bundle of 10,000 annexes with their headings costs no more memory than one annex.
 *
 * <p>One instance per PDF; not thread-safe.
 */
final class OutlineWriter {

    private static final PdfName OUTLINES = PdfName.OUTLINES;

    /** An entry, written once its last child and its next sibling are known. */
    private static final class Entry {
        final int level;
        final PdfIndirectReference ref;
        final Entry parent;
        final PdfString title;
        final PdfDestination destination;
        PdfIndirectReference prev;
        PdfIndirectReference first;
        PdfIndirectReference last;
        /** The newest child, not yet written: its next sibling may still come. */
        Entry pending;
        /** Descendants written so far (all open, so all visible). */
        int count;

        Entry(int level, PdfIndirectReference ref, Entry parent, String title, PdfDestination destination) {
            this.level = level;
            this.ref = ref;
            this.parent = parent;
            this.title = title == null ? null : PdfStrings.unicode(title);
            this.destination = destination;
        }
    }

    private final PdfWriter writer;
    private Entry root;
    private final Deque<Entry> open = new ArrayDeque<>();

    OutlineWriter(PdfWriter writer) {
        this.writer = writer;
    }

    /** Adds an entry pointing at {@code bookmark}'s position on the page currently being written. */
    void add(Bookmark bookmark) throws IOException {
        if (root == null) {
            root = new Entry(Integer.MIN_VALUE, writer.getPdfIndirectReference(), null, null, null);
            open.push(root);
        }
        while (open.peek() != root && open.peek().level >= bookmark.level()) {
            close(open.pop());
        }
        Entry parent = open.peek();
        PdfDestination destination = new PdfDestination(PdfDestination.FITH, (float) bookmark.top());
        destination.addPage(writer.getCurrentPage());
        Entry entry = new Entry(bookmark.level(), writer.getPdfIndirectReference(), parent, bookmark.title(),
                destination);
        if (parent.pending == null) {
            parent.first = entry.ref;
        } else {
            entry.prev = parent.pending.ref;
            write(parent.pending, entry.ref);
        }
        parent.last = entry.ref;
        parent.pending = entry;
        open.push(entry);
    }

    /**
     * Writes what is left and puts the outline in the catalog; call once, after the last page. Does
     * nothing if no bookmark was added.
     */
    void finish() throws IOException {
        if (root == null) {
            return;
        }
        while (!open.isEmpty()) {
            close(open.pop());
        }
        PdfDictionary outlines = new PdfDictionary(OUTLINES);
        outlines.put(PdfName.FIRST, root.first);
        outlines.put(PdfName.LAST, root.last);
        outlines.put(PdfName.COUNT, new PdfNumber(root.count));
        writer.addToBody(outlines, root.ref);
        writer.getExtraCatalog().put(OUTLINES, root.ref);
    }

    /** No more children for {@code entry}: its last child is written. */
    private void close(Entry entry) throws IOException {
        if (entry.pending != null) {
            write(entry.pending, null);
            entry.pending = null;
        }
    }

    private void write(Entry entry, PdfIndirectReference next) throws IOException {
        PdfDictionary dict = new PdfDictionary();
        dict.put(PdfName.TITLE, entry.title);
        dict.put(PdfName.PARENT, entry.parent.ref);
        if (entry.prev != null) {
            dict.put(PdfName.PREV, entry.prev);
        }
        if (next != null) {
            dict.put(PdfName.NEXT, next);
        }
        if (entry.first != null) {
            dict.put(PdfName.FIRST, entry.first);
            dict.put(PdfName.LAST, entry.last);
            dict.put(PdfName.COUNT, new PdfNumber(entry.count));
        }
        dict.put(PdfName.DEST, entry.destination);
        writer.addToBody(dict, entry.ref);
        entry.parent.count += 1 + entry.count;
    }
}
