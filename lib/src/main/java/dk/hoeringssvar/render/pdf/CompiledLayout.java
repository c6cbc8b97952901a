package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.CompiledDocument.Part;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.document.ReceivedFile;
import dk.hoeringssvar.internal.AheadOfOrder;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link CompiledDocument} planned page by page, then given to a {@link PageSink} part by part.
 *
 * <p>The contents' page numbers need to know where every part starts, and where the parts start depends
 * on how long the front matter (with the contents) is. That is no loop: a part's page count does not
 * depend on where it starts, and the contents' height depends only on its number of entries (the page
 * numbers have a column of their own). So: lay out every tree part and count the pages of every
 * received PDF; lay out the front matter; add up the start pages; then fill in the contents and the
 * page numbers while the pages are given to the sink.
 *
 * <p>Planning takes the parts one at a time ({@link CompiledDocument#parts()} may make each part when
 * it is asked for, see {@link dk.hoeringssvar.document.DeferredParts}) and keeps of each only its page
 * count, its heading and its share of the file ID. Making and laying out a part depends on nothing but
 * the part, so with more than one layout thread a few parts are made and laid out ahead on other
 * threads ({@link AheadOfOrder}) and taken into the plan in order: the plan, and the file, are the same. The laid-out pages of a part are kept for painting
 * while they fit in a budget of pages; a part over the budget is asked for and laid out again when it
 * is painted, which gives the same pages. So every layout error surfaces before the first byte is
 * written, and memory stays bounded by the budget, whatever the number of parts.
 *
 * <p>One instance per render call.
 */
final class CompiledLayout {

    /** Retained laid-out pages cost roughly this much heap each (measured: body text, two-page statements). */
    private static final long BYTES_PER_RETAINED_PAGE = 24 * 1024;

    /** Heap left to OpenPDF's tables (about 1.5 kB a page) and the rest of the render before any pages are kept. */
    private static final long HEAP_RESERVE = 256L << 20;

    /**
     * Laid-out pages kept from planning to painting by default: those that fit in an eighth of the heap
     * beyond {@link #HEAP_RESERVE}. A 1 GB heap keeps some 4,000 pages, a 64 MB heap none. Whether a part is
     * kept never changes the output, only how often it is laid out.
     */
    static int defaultRetainedPages() {
        long spare = Math.max(0, Runtime.getRuntime().maxMemory() - HEAP_RESERVE);
        return (int) Math.min(Integer.MAX_VALUE, spare / 8 / BYTES_PER_RETAINED_PAGE);
    }

    /** What painting needs of a part, planned: its pages if they were kept, else enough to check them again. */
    private static final class Planned {
        final int index;
        final String label;
        final String title;
        final StructNode node;
        final int pageCount;
        final double firstPageHeight;
        /** Received PDF: the boxes of its pages; else null. */
        final List<ReceivedPdf.PageBox> boxes;
        /** Tree or attached-separately part: its laid-out pages while kept, else null. */
        LaidOutBody body;
        /** The tree's running header while its body is kept. */
        List<Inline> header;

        Planned(int index, Part part, StructNode node, int pageCount, double firstPageHeight,
                List<ReceivedPdf.PageBox> boxes) {
            this.index = index;
            this.label = part.label();
            this.title = part.title();
            this.node = node;
            this.pageCount = pageCount;
            this.firstPageHeight = firstPageHeight;
            this.boxes = boxes;
        }

        boolean received() {
            return boxes != null;
        }
    }

    private final StyleSheet styles;
    private final PageLayout layout;
    private final CompiledDocument document;
    private final StructNode root;
    private final List<Planned> parts = new ArrayList<>();
    private final Set<String> notPdfA = new LinkedHashSet<>();
    /** The front matter's laid-out pages until they are painted. */
    private LaidOutBody front;
    private final int[] starts;
    private final int total;
    private final byte[] partsDigest;
    private int retainBudget;

    /** A part laid out (or, a received PDF, looked at), before it is planned in order. */
    private record Prepared(Part part, StructNode node, LaidOutBody body, ReceivedPdfFacts received) {
    }

    /** What planning needs of a received PDF. */
    private record ReceivedPdfFacts(byte[] digest, boolean declaresPdfA, int pageCount, double firstPageHeight,
                                    List<ReceivedPdf.PageBox> boxes) {
    }

    private CompiledLayout(StyleSheet styles, FontFaces fonts, CompiledDocument document, int retainedPages,
                           int threads) {
        this.styles = styles;
        this.layout = new PageLayout(styles, fonts);
        this.document = document;
        this.root = layout.node(StructureRole.DOCUMENT, null);
        this.retainBudget = retainedPages;
        Metadata.Digest digest = new Metadata.Digest();
        List<ContentsLayout.Entry> entries = new ArrayList<>();
        List<Part> source = document.parts();
        try (AheadOfOrder<Prepared> prepared = AheadOfOrder.start(source.size(), i -> prepare(source.get(i)),
                threads)) {
            for (int i = 0; i < source.size(); i++) {
                Planned planned = plan(i, prepared.next(), digest);
                parts.add(planned);
                entries.add(new ContentsLayout.Entry(planned.label, List.of(Inline.Text.plain(planned.title)), i));
            }
        }
        this.partsDigest = digest.finish();
        boolean needsPage = document.frontMatter().isEmpty() && parts.isEmpty(); // a PDF has at least one page
        this.front = document.frontMatter().isEmpty() && !needsPage ? null
                : layout.layoutBody(document.frontMatter(), root, entries);
        this.starts = new int[parts.size()];
        int next = front == null ? 0 : front.pageCount();
        for (int i = 0; i < parts.size(); i++) {
            starts[i] = next;
            next += parts.get(i).pageCount;
        }
        this.total = next;
    }

    /**
     * Lays out the tree parts and front matter and checks every received PDF; throws before any painting.
     * Laid-out pages are kept for painting up to {@link #defaultRetainedPages()}.
     */
    static CompiledLayout plan(StyleSheet styles, FontFaces fonts, CompiledDocument document) {
        return plan(styles, fonts, document, defaultRetainedPages(), 1);
    }

    /**
     * As {@link #plan(StyleSheet, FontFaces, CompiledDocument)}, keeping at most {@code retainedPages}
     * laid-out pages, with the parts made and laid out on {@code threads} threads (1: this one). The plan
     * is the same for any number of threads.
     */
    static CompiledLayout plan(StyleSheet styles, FontFaces fonts, CompiledDocument document, int retainedPages,
                               int threads) {
        return new CompiledLayout(styles, fonts, document, retainedPages, threads);
    }

    /**
     * Makes nothing shared but structure nodes (which are compared by identity) and the fonts' width
     * table, so parts can be prepared on several threads at once.
     */
    private Prepared prepare(Part part) {
        StructNode node = layout.node(StructureRole.SECT, root);
        if (part instanceof Part.File f && f.file().kind() == ReceivedFile.Kind.PDF) {
            try (ReceivedPdf pdf = ReceivedPdf.open(f.file())) {
                return new Prepared(part, node, null, new ReceivedPdfFacts(pdf.digest(), pdf.declaresPdfA(),
                        pdf.pageCount(), pdf.box(1).height(), pdf.pageBoxes()));
            }
        }
        return new Prepared(part, node, layoutPart(part, node), null);
    }

    /** Takes a prepared part into the plan; called in part order. */
    private Planned plan(int index, Prepared prepared, Metadata.Digest digest) {
        Part part = prepared.part();
        digest.string(part.label());
        digest.string(part.title());
        ReceivedPdfFacts received = prepared.received();
        if (received != null) {
            digest.bytes(received.digest());
            if (!received.declaresPdfA()) {
                notPdfA.add(((Part.File) part).file().name());
            }
            return new Planned(index, part, prepared.node(), received.pageCount(), received.firstPageHeight(),
                    received.boxes());
        }
        LaidOutBody body = prepared.body();
        body.items().forEach(digest::text);
        Planned planned = new Planned(index, part, prepared.node(), body.pageCount(), styles.pageHeight(), null);
        if (body.pageCount() <= retainBudget) {
            retainBudget -= body.pageCount();
            planned.body = body;
            planned.header = header(part);
        }
        return planned;
    }

    /** A tree part's blocks, or for a received DOCX (which a PDF cannot hold) a page that says it is attached separately. */
    private LaidOutBody layoutPart(Part part, StructNode node) {
        return switch (part) {
            case Part.Tree t -> layout.layoutBody(t.tree().blocks(), node, BlockLayout.sectionEntries(t.tree().blocks()));
            case Part.File f -> layout.layoutBody(f.attachedSeparately().isEmpty() ? List.of()
                    : List.of(new Block.Paragraph(ParagraphRole.BODY, f.attachedSeparately())), node, List.of());
        };
    }

    private static List<Inline> header(Part part) {
        return part instanceof Part.Tree t ? t.tree().header() : List.of();
    }

    /**
     * Names of the received PDFs that do not declare PDF/A, in order: with any, the document cannot
     * claim PDF/A.
     */
    List<String> receivedNotPdfA() {
        return List.copyOf(notPdfA);
    }

    int pageCount() {
        return total;
    }

    boolean hasOutline() {
        return !parts.isEmpty() || (front != null && !front.bookmarks().isEmpty());
    }

    /** Derived from everything that decides the pages' content. */
    byte[] fileId(Instant timestamp) {
        Metadata.FileId id = new Metadata.FileId(document.info(), timestamp, total);
        id.string(BlockLayout.plainText(document.footer()));
        id.string(document.stamp().firstLine("", 0, 0) + document.stamp().line());
        if (front != null) {
            front.items().forEach(id::text);
        }
        id.bytes(partsDigest);
        return id.finish();
    }

    /**
     * Gives every page, in order, to {@code sink}; received PDFs are opened one at a time. After each
     * part (and after the front matter) {@link PageSink#partDone()} is called: nothing painted before
     * is referred to again.
     */
    void emit(PageSink sink) throws IOException {
        RunningText running = layout.runningText();
        StampLayout stamps = layout.stamps();
        List<Inline> footer = document.footer();
        if (front != null) {
            List<PageModel> pages = front.finish(this::partTarget,
                    i -> running.forPage(List.of(), footer, i + 1, total, root));
            List<List<Bookmark>> bookmarks = byPage(front.bookmarks(), pages.size());
            front = null; // its contents (an entry per part) are the largest thing planning keeps
            for (int i = 0; i < pages.size(); i++) {
                sink.page(pages.get(i), bookmarks.get(i), i + 1, total);
            }
            sink.partDone();
        }
        for (int k = 0; k < parts.size(); k++) {
            Planned planned = parts.set(k, null); // painted once; the contents that pointed here are done
            int start = starts[k];
            Bookmark partMark = new Bookmark(0, planned.label + ": " + planned.title, start, planned.firstPageHeight);
            if (planned.received()) {
                emitReceived(sink, planned, (Part.File) document.parts().get(k), start, partMark, stamps);
            } else {
                emitLaid(sink, planned, start, partMark, running, stamps);
            }
            sink.partDone();
        }
    }

    private void emitLaid(PageSink sink, Planned planned, int start, Bookmark partMark, RunningText running,
                          StampLayout stamps) throws IOException {
        LaidOutBody body = planned.body;
        List<Inline> header = planned.header;
        if (body == null) {
            Part part = document.parts().get(planned.index);
            body = layoutPart(part, planned.node);
            header = header(part);
            if (body.pageCount() != planned.pageCount) {
                throw new IllegalStateException(planned.label + " has " + body.pageCount()
                        + " pages now and had " + planned.pageCount + " when planned: its content changed");
            }
        }
        // Painted once: let the pages go as soon as they are.
        planned.body = null;
        planned.header = null;
        int count = planned.pageCount;
        List<Inline> footer = document.footer();
        List<Inline> partHeader = header;
        List<PageModel> pages = body.finish(body.sectionTargets(start), i -> {
            List<DrawItem> items = new ArrayList<>(running.forPage(partHeader, footer, start + i + 1, total,
                    planned.node));
            items.addAll(stamps.stamp(document.stamp(), planned.label, i + 1, count, styles.pageWidth(),
                    styles.pageHeight(), false, planned.node));
            return items;
        });
        List<List<Bookmark>> bookmarks = byPage(body.bookmarks(), count);
        bookmarks.get(0).add(0, partMark);
        for (int i = 0; i < count; i++) {
            sink.page(pages.get(i), bookmarks.get(i), start + i + 1, total);
        }
    }

    /**
     * The pages of a received PDF, each placed whole with the bundle's stamp and footer on top. A placed
     * page is an artifact in the bundle's structure tree: the received file's own tags (if it has any)
     * cannot be merged into ours, so assistive technology skips its content; the contents entry, the
     * outline entry and the stamps name the file.
     */
    private void emitReceived(PageSink sink, Planned planned, Part.File part, int start, Bookmark partMark,
                              StampLayout stamps) throws IOException {
        int count = planned.pageCount;
        try (ReceivedPdf pdf = ReceivedPdf.open(part.file())) {
            if (pdf.pageCount() != count) {
                throw new IllegalStateException("page count changed between planning and painting");
            }
            Tag artifact = Tag.decoration(planned.node);
            for (int i = 0; i < count; i++) {
                ReceivedPdf.PageBox box = pdf.box(i + 1);
                List<DrawItem> items = new ArrayList<>();
                items.add(new DrawItem.Imported(pdf, i + 1, artifact));
                items.addAll(stamps.stamp(document.stamp(), part.label(), i + 1, count, box.width(), box.height(), true,
                        planned.node));
                items.addAll(stamps.receivedPageFooter(document.footer(), start + i + 1, total, box.width(),
                        box.height(), planned.node));
                sink.page(new PageModel(box.width(), box.height(), box.rotation(), items, List.of()),
                        i == 0 ? List.of(partMark) : List.of(), start + i + 1, total);
            }
            sink.release(pdf);
        } catch (RenderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new RenderException("received file \"" + part.file().name() + "\" (" + part.label()
                    + ") cannot be placed: " + e.getMessage(), e);
        }
    }

    private Target partTarget(int index) {
        return new Target(starts[index], parts.get(index).firstPageHeight);
    }

    private static List<List<Bookmark>> byPage(List<Bookmark> bookmarks, int pages) {
        List<List<Bookmark>> out = new ArrayList<>(pages);
        for (int i = 0; i < pages; i++) {
            out.add(new ArrayList<>());
        }
        bookmarks.forEach(b -> out.get(b.pageIndex()).add(b));
        return out;
    }
}
