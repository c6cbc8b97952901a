package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.render.CompiledRenderer;
import dk.hoeringssvar.render.FormatRenderer;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.theme.FontSet;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Renders a {@link DocumentTree} as an A4 PDF with embedded fonts, an outline of the headings and
 * document metadata.
 *
 * <p>Every PDF is tagged for accessibility (PDF/UA-1): a structure tree in the order of the document
 * tree (headings, paragraphs, lists, quotations, tables with header cells, figures and charts with their
 * alternate text, the contents with its links), running header and footer, stamps, rules and backgrounds
 * as artifacts, the document language and title. Archival output (the default) is also PDF/A-2u: fonts
 * embedded, sRGB output intent, XMP metadata declaring both.
 *
 * <p>A compiled document places the pages of received PDFs as they are, as artifacts: their own tags
 * are not carried over. It claims PDF/A only if every received PDF declares PDF/A itself; otherwise it
 * is written without the claim (still tagged) and each such file is reported as a warning, or, in
 * strict archival mode, the render fails naming them before anything is written.
 *
 * <p>The renderer lays out and draws all text itself (line breaking, pagination, running header and
 * footer): first the whole document is laid out into pages of positioned items, each tied to its
 * place in the document structure, then the pages are painted. The same tree and timestamp give the
 * same bytes.
 *
 * <p>A {@link CompiledDocument} (an annex bundle, a committee packet) is planned first: tree parts
 * laid out one at a time, received PDFs checked and counted, front matter laid out, start pages added
 * up. Then the pages are painted part by part, received PDF pages placed as vector pages in their own
 * size, every part page stamped, the footer numbering all pages, the contents and outline pointing at
 * the parts. A compiled document is written to the output stream as it is painted, not built in memory
 * first: its structure elements, parent tree and outline entries are written as each part is finished,
 * and laid-out pages are kept from planning to painting only while they fit in a share of the heap (the
 * rest are laid out again, with the same result). Its parts may be {@link
 * dk.hoeringssvar.document.DeferredParts}, made when they are reached. So a bundle of any length is
 * rendered in bounded memory, apart from what OpenPDF keeps per written object (its cross-reference
 * table, some 70 bytes an object). Since planning finishes before the first byte is written, an error
 * in the document (a template, a glyph, a received file) leaves {@code out} untouched; a failure while
 * writing (the stream itself) can leave part of a PDF in it. {@code DocumentEngine}'s file output goes
 * through a temporary file, so a file still appears whole or not at all. A single tree is still painted
 * into memory first: it is one statement or a høringsnotat, never large.
 *
 * <p>Immutable and safe to share between threads: the font bytes are read once here, everything else a
 * render needs is created inside {@link #render}.
 */
public final class PdfRenderer implements FormatRenderer, CompiledRenderer {

    private final StyleSheet styles;
    private final String family;
    private final Map<Face, byte[]> fontBytes;
    private final boolean archival;
    private final boolean strictArchival;
    /** Laid-out pages a compiled document keeps from planning to painting; negative: by heap size. */
    private final int retainedPages;
    /** Threads that make and lay out a compiled document's parts while it is planned. */
    private final int layoutThreads;

    /** Archival (PDF/A-2u) output, not strict. */
    public PdfRenderer(StyleSheet styles) {
        this(styles, true, false);
    }

    /**
     * @param archival       write PDF/A-2u (always tagged, PDF/UA-1, either way)
     * @param strictArchival fail, naming the files, rather than write a compiled document that cannot be PDF/A
     *                       (only with {@code archival})
     */
    public PdfRenderer(StyleSheet styles, boolean archival, boolean strictArchival) {
        this(styles, archival, strictArchival, 1);
    }

    /**
     * @param layoutThreads threads that make and lay out the parts of a bundle or packet ahead of the
     *                      planning (1: the calling thread does it all); the output is the same for any number
     */
    public PdfRenderer(StyleSheet styles, boolean archival, boolean strictArchival, int layoutThreads) {
        this(styles, archival, strictArchival, -1, layoutThreads);
    }

    /** For tests: {@code retainedPages} laid-out pages kept between planning and painting (0: lay out every part twice). */
    PdfRenderer(StyleSheet styles, boolean archival, boolean strictArchival, int retainedPages, int layoutThreads) {
        if (layoutThreads < 1) {
            throw new IllegalArgumentException("layoutThreads must be at least 1, was " + layoutThreads);
        }
        this.retainedPages = retainedPages;
        this.layoutThreads = layoutThreads;
        this.styles = Objects.requireNonNull(styles, "styles");
        this.archival = archival;
        this.strictArchival = strictArchival;
        FontSet fonts = styles.theme().fonts();
        this.family = fonts.family();
        Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            bytes.put(face, fonts.face(face.bold(), face.italic()));
        }
        this.fontBytes = Collections.unmodifiableMap(bytes);
    }

    @Override
    public void render(DocumentTree tree, Instant timestamp, OutputStream out) {
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(out, "out");
        byte[] pdf;
        try {
            FontFaces fonts = FontFaces.load(family, fontBytes);
            LaidOutDocument laid = new PageLayout(styles, fonts).layout(tree);
            byte[] fileId = Metadata.fileId(tree.info(), timestamp, laid);
            fonts.seedSubsetPrefixes(fileId);
            // Painted into memory first: a failure half-way never leaves a broken PDF in out.
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(64 * 1024);
            new PdfPainter(styles, fonts).paint(laid, tree.info(), timestamp, fileId, archival, buffer);
            pdf = buffer.toByteArray();
        } catch (RenderException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RenderException("cannot render PDF of \"" + tree.info().title() + "\": " + e.getMessage(), e);
        }
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new RenderException("cannot write PDF of \"" + tree.info().title() + "\" to the output stream: "
                    + e.getMessage(), e);
        }
    }

    /** Renders a compiled document, ignoring warnings. */
    public void render(CompiledDocument document, Instant timestamp, OutputStream out) {
        render(document, timestamp, out, warning -> { });
    }

    @Override
    public void render(CompiledDocument document, Instant timestamp, OutputStream out,
                       Consumer<String> warnings) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(warnings, "warnings");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(out, "out");
        String title = document.info().title();
        CompiledLayout plan;
        FontFaces fonts;
        boolean pdfA;
        byte[] fileId;
        try {
            fonts = FontFaces.load(family, fontBytes);
            plan = CompiledLayout.plan(styles, fonts, document,
                    retainedPages < 0 ? CompiledLayout.defaultRetainedPages() : retainedPages, layoutThreads);
            pdfA = archival && archivalClaim(title, plan.receivedNotPdfA(), warnings);
            fileId = plan.fileId(timestamp);
            fonts.seedSubsetPrefixes(fileId);
        } catch (RenderException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RenderException("cannot render PDF of \"" + title + "\": " + e.getMessage(), e);
        }
        // Planned, so every layout error has surfaced; now the pages go to out as they are painted.
        try {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
            PdfPainter.Canvas canvas = new PdfPainter(styles, fonts).open(document.info(), timestamp, fileId,
                    plan.hasOutline(), pdfA, buffered);
            plan.emit(canvas);
            canvas.close();
        } catch (RenderException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new RenderException("cannot write PDF of \"" + title + "\": " + e.getMessage(), e);
        }
    }

    /**
     * Whether an archival compiled document may claim PDF/A, given the received PDFs that do not declare
     * it: yes if there are none; otherwise a warning per file, or in strict mode a {@link RenderException}
     * naming them all.
     */
    private boolean archivalClaim(String title, List<String> notPdfA, Consumer<String> warnings) {
        if (notPdfA.isEmpty()) {
            return true;
        }
        if (strictArchival) {
            throw new RenderException("cannot write \"" + title + "\" as PDF/A: "
                    + (notPdfA.size() == 1 ? "the received file " : "the received files ")
                    + notPdfA.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "))
                    + (notPdfA.size() == 1 ? " is" : " are") + " not PDF/A (strict archival mode)");
        }
        for (String name : notPdfA) {
            warnings.accept("received file \"" + name + "\" is not PDF/A; the bundle is written without the PDF/A claim");
        }
        return false;
    }
}
