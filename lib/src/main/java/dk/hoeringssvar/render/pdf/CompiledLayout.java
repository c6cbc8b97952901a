package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.CompiledDocument.Part;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.document.ReceivedFile;
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
 * <p>One instance per render call.
 */
final class CompiledLayout {

    /** A part with its page count, and what its pages are made from. */
    private sealed interface Planned {
        Part part();

        StructNode node();

        int pageCount();

        /** Height of its first page, where a link or bookmark to the part scrolls to. */
        double firstPageHeight();

        record Laid(Part part, StructNode node, LaidOutBody body, List<Inline> header, double firstPageHeight)
                implements Planned {
            @Override
            public int pageCount() {
                return body.pageCount();
            }
        }

        record Received(Part.File part, StructNode node, List<ReceivedPdf.PageBox> boxes) implements Planned {
            @Override
            public int pageCount() {
                return boxes.size();
            }

            @Override
            public double firstPageHeight() {
                return boxes.get(0).height();
            }
        }
    }

    private final StyleSheet styles;
    private final PageLayout layout;
    private final CompiledDocument document;
    private final StructNode root;
    private final List<Planned> parts = new ArrayList<>();
    private final List<byte[]> receivedDigests = new ArrayList<>();
    private final Set<String> notPdfA = new LinkedHashSet<>();
    private final LaidOutBody front;
    private final int[] starts;
    private final int total;

    private CompiledLayout(StyleSheet styles, FontFaces fonts, CompiledDocument document) {
        this.styles = styles;
        this.layout = new PageLayout(styles, fonts);
        this.document = document;
        this.root = layout.node(StructureRole.DOCUMENT, null);
        for (Part part : document.parts()) {
            parts.add(plan(part));
        }
        List<ContentsLayout.Entry> entries = new ArrayList<>();
        for (int i = 0; i < document.parts().size(); i++) {
            Part part = document.parts().get(i);
            entries.add(new ContentsLayout.Entry(part.label(), List.of(Inline.Text.plain(part.title())), i));
        }
        boolean needsPage = document.frontMatter().isEmpty() && parts.isEmpty(); // a PDF has at least one page
        this.front = document.frontMatter().isEmpty() && !needsPage ? null
                : layout.layoutBody(document.frontMatter(), root, entries);
        this.starts = new int[parts.size()];
        int next = front == null ? 0 : front.pageCount();
        for (int i = 0; i < parts.size(); i++) {
            starts[i] = next;
            next += parts.get(i).pageCount();
        }
        this.total = next;
    }

    /** Lays out the tree parts and front matter and checks every received PDF; throws before any painting. */
    static CompiledLayout plan(StyleSheet styles, FontFaces fonts, CompiledDocument document) {
        return new CompiledLayout(styles, fonts, document);
    }

    private Planned plan(Part part) {
        StructNode node = layout.node(StructureRole.SECT, root);
        return switch (part) {
            case Part.Tree t -> {
                DocumentTree tree = t.tree();
                LaidOutBody body = layout.layoutBody(tree.blocks(), node, BlockLayout.sectionEntries(tree.blocks()));
                yield new Planned.Laid(part, node, body, tree.header(), styles.pageHeight());
            }
            case Part.File f when f.file().kind() == ReceivedFile.Kind.PDF -> {
                try (ReceivedPdf pdf = ReceivedPdf.open(f.file())) {
                    receivedDigests.add(pdf.digest());
                    if (!pdf.declaresPdfA()) {
                        notPdfA.add(f.file().name());
                    }
                    yield new Planned.Received(f, node, pdf.pageBoxes());
                }
            }
            case Part.File f -> {
                // A PDF cannot hold a DOCX: a page that says the file is attached separately.
                List<Block> blocks = f.attachedSeparately().isEmpty() ? List.of()
                        : List.of(new Block.Paragraph(ParagraphRole.BODY, f.attachedSeparately()));
                yield new Planned.Laid(part, node, layout.layoutBody(blocks, node, List.of()), List.of(),
                        styles.pageHeight());
            }
        };
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
        int received = 0;
        for (Planned planned : parts) {
            id.string(planned.part().label());
            id.string(planned.part().title());
            switch (planned) {
                case Planned.Laid laid -> laid.body().items().forEach(id::text);
                case Planned.Received r -> id.bytes(receivedDigests.get(received++));
            }
        }
        return id.finish();
    }

    /** Gives every page, in order, to {@code sink}; received PDFs are opened one at a time. */
    void emit(PageSink sink) throws IOException {
        RunningText running = layout.runningText();
        StampLayout stamps = layout.stamps();
        List<Inline> footer = document.footer();
        if (front != null) {
            List<PageModel> pages = front.finish(this::partTarget,
                    i -> running.forPage(List.of(), footer, i + 1, total, root));
            List<List<Bookmark>> bookmarks = byPage(front.bookmarks(), pages.size());
            for (int i = 0; i < pages.size(); i++) {
                sink.page(pages.get(i), bookmarks.get(i), i + 1, total);
            }
        }
        for (int k = 0; k < parts.size(); k++) {
            Planned planned = parts.get(k);
            int start = starts[k];
            int count = planned.pageCount();
            Part part = planned.part();
            StructNode node = planned.node();
            Bookmark partMark = new Bookmark(0, part.label() + ": " + part.title(), start, planned.firstPageHeight());
            switch (planned) {
                case Planned.Laid laid -> {
                    LaidOutBody body = laid.body();
                    List<PageModel> pages = body.finish(body.sectionTargets(start), i -> {
                        List<DrawItem> items = new ArrayList<>(
                                running.forPage(laid.header(), footer, start + i + 1, total, node));
                        items.addAll(stamps.stamp(document.stamp(), part.label(), i + 1, count, styles.pageWidth(),
                                styles.pageHeight(), false, node));
                        return items;
                    });
                    List<List<Bookmark>> bookmarks = byPage(body.bookmarks(), count);
                    bookmarks.get(0).add(0, partMark);
                    for (int i = 0; i < count; i++) {
                        sink.page(pages.get(i), bookmarks.get(i), start + i + 1, total);
                    }
                }
                case Planned.Received received -> emitReceived(sink, received, start, partMark, stamps);
            }
        }
    }

    /**
     * The pages of a received PDF, each placed whole with the bundle's stamp and footer on top. A placed
     * page is an artifact in the bundle's structure tree: the received file's own tags (if it has any)
     * cannot be merged into ours, so assistive technology skips its content; the contents entry, the
     * outline entry and the stamps name the file.
     */
    private void emitReceived(PageSink sink, Planned.Received planned, int start, Bookmark partMark,
                              StampLayout stamps) throws IOException {
        Part.File part = planned.part();
        int count = planned.pageCount();
        try (ReceivedPdf pdf = ReceivedPdf.open(part.file())) {
            if (pdf.pageCount() != count) {
                throw new IllegalStateException("page count changed between planning and painting");
            }
            Tag artifact = Tag.decoration(planned.node());
            for (int i = 0; i < count; i++) {
                ReceivedPdf.PageBox box = pdf.box(i + 1);
                List<DrawItem> items = new ArrayList<>();
                items.add(new DrawItem.Imported(pdf, i + 1, artifact));
                items.addAll(stamps.stamp(document.stamp(), part.label(), i + 1, count, box.width(), box.height(), true,
                        planned.node()));
                items.addAll(stamps.receivedPageFooter(document.footer(), start + i + 1, total, box.width(),
                        box.height(), planned.node()));
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
        return new Target(starts[index], parts.get(index).firstPageHeight());
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
