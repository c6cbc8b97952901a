package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.DocumentInfo;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.theme.Rgb;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import org.openpdf.text.Document;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAction;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfImportedPage;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The second pass: writes laid-out pages to PDF with OpenPDF, drawing every item on the direct content.
 * Everything OpenPDF-specific about drawing lives here.
 *
 * <p>Every PDF is tagged (PDF/UA-1): {@link Canvas#beginTag} and {@link Canvas#endTag} bracket every
 * item in a marked-content sequence of its structure element or as an artifact (see
 * {@link StructureTree}); the catalog gets {@code /Lang}, {@code /MarkInfo} and the display-title
 * preference, the XMP metadata {@code pdfuaid:part=1}. An archival PDF also claims PDF/A-2u: the sRGB
 * output intent and {@code pdfaid} in the XMP.
 *
 * <p>Pages of received PDFs are placed whole, as artifacts: their own tags cannot be merged into this
 * file's structure tree, so a screen reader skips their content. The bundle's contents, outline and
 * stamps still name every received file.
 */
final class PdfPainter {

    private final StyleSheet styles;
    private final FontFaces fonts;

    PdfPainter(StyleSheet styles, FontFaces fonts) {
        this.styles = styles;
        this.fonts = fonts;
    }

    void paint(LaidOutDocument laid, DocumentInfo info, Instant timestamp, byte[] fileId, boolean pdfA,
               OutputStream out) throws IOException {
        List<List<Bookmark>> bookmarksByPage = new ArrayList<>();
        for (int p = 0; p < laid.pages().size(); p++) {
            bookmarksByPage.add(new ArrayList<>());
        }
        laid.bookmarks().forEach(b -> bookmarksByPage.get(b.pageIndex()).add(b));
        Canvas canvas = open(info, timestamp, fileId, !laid.bookmarks().isEmpty(), pdfA, out);
        int count = laid.pages().size();
        for (int p = 0; p < count; p++) {
            canvas.page(laid.pages().get(p), bookmarksByPage.get(p), p + 1, count);
        }
        canvas.close();
    }

    /**
     * Starts a tagged PDF on {@code out}, claiming PDF/A-2u if {@code pdfA}; pages are added one by one,
     * each with its own size.
     */
    Canvas open(DocumentInfo info, Instant timestamp, byte[] fileId, boolean hasOutline, boolean pdfA,
                OutputStream out) {
        return new Canvas(info, timestamp, fileId, hasOutline, pdfA, out);
    }

    /** One PDF being written. Not thread-safe; lives inside one render call. */
    final class Canvas implements PageSink {
        private final Document document;
        private final PdfWriter writer;
        private final DocumentInfo info;
        private final Instant timestamp;
        private final byte[] fileId;
        private final boolean pdfA;
        private final OutlineWriter outline;
        private final StructureTree structure;
        private final Map<Image, org.openpdf.text.Image> images = new IdentityHashMap<>();
        private final OutputStream out;
        private final GlyphWriter glyphs = new GlyphWriter(fonts);
        private boolean opened;

        private Canvas(DocumentInfo info, Instant timestamp, byte[] fileId, boolean hasOutline, boolean pdfA,
                       OutputStream out) {
            this.info = info;
            this.timestamp = timestamp;
            this.fileId = fileId;
            this.pdfA = pdfA;
            this.out = out;
            this.document = new Document(new Rectangle((float) styles.pageWidth(), (float) styles.pageHeight()),
                    0, 0, 0, 0);
            this.writer = PdfWriter.getInstance(document, out);
            // The caller's stream: flushed at the end, closed by the caller.
            writer.setCloseStream(false);
            document.setGlyphSubstitutionEnabled(false);
            // PDF/UA-1 and PDF/A-2 are built on PDF 1.7 (OpenPDF 3 writes 2.0 by default).
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            // zlib's fastest level: deflating page content at the default level took about 30% of a
            // bundle's render; this one takes less than half of that, for a file about 4% larger.
            writer.setCompressionLevel(Deflater.BEST_SPEED);
            if (pdfA) {
                // OpenPDF then checks what is drawn (embedded fonts …); the claim itself is in the XMP.
                writer.setPDFXConformance(PdfWriter.PDFA2U);
            }
            Metadata.beforeOpen(writer, hasOutline);
            this.structure = new StructureTree(writer);
            // Annotations (the contents' links) in the order of the structure tree.
            writer.setTabs(PdfName.S);
            this.outline = new OutlineWriter(writer);
        }

        /**
         * Paints one page. {@code bookmarks} are the outline entries on it; {@code number} and {@code count}
         * fill in page fields left in the text.
         */
        @Override
        public void page(PageModel page, List<Bookmark> bookmarks, int number, int count) throws IOException {
            // The size applies to the page opened next: before open() for the first, before newPage() after.
            // A rotated size is written as the unrotated media box plus /Rotate, as the received page had it;
            // OpenPDF then starts the content with a turn, so items are drawn in the page as shown.
            document.setPageSize(new Rectangle(0, 0, (float) page.width(), (float) page.height(), page.rotation()));
            if (!opened) {
                document.open();
                Metadata.afterOpen(writer, info, timestamp, fileId);
                if (pdfA) {
                    Metadata.outputIntent(writer);
                }
                opened = true;
            } else {
                document.newPage();
            }
            PdfContentByte canvas = writer.getDirectContent();
            Set<StructNode> linked = new HashSet<>();
            page.links().forEach(l -> linked.add(l.node()));
            structure.startPage(linked);
            // One marked-content sequence for neighbouring items of the same element (the lines of a
            // paragraph on this page) or for neighbouring decoration.
            // Its lines share one text object, which sets colour and font only where they change.
            Tag open = null;
            TextObject text = new TextObject(canvas, glyphs);
            for (DrawItem item : page.items()) {
                if (item instanceof DrawItem.TextLine line && line.runs().isEmpty()) {
                    structure.touch(item.tag()); // draws nothing, but its element belongs in the tree
                    continue;
                }
                if (open == null || !sameSequence(open, item.tag())) {
                    text.end();
                    if (open != null) {
                        endTag(canvas, open);
                    }
                    beginTag(canvas, item.tag());
                    open = item.tag();
                }
                if (!(item instanceof DrawItem.TextLine)) {
                    text.end();
                }
                switch (item) {
                    case DrawItem.TextLine line -> text.line(line, number, count);
                    case DrawItem.Fill fill -> fill(canvas, fill);
                    case DrawItem.Picture picture -> picture(canvas, picture, images);
                    case DrawItem.Imported imported -> imported(canvas, imported, page);
                }
            }
            text.end();
            if (open != null) {
                endTag(canvas, open);
            }
            for (Link link : page.links()) {
                link(link);
            }
            for (Bookmark bookmark : bookmarks) {
                outline.add(bookmark);
            }
            writer.setPageEmpty(false); // keep pages that are blank on purpose
        }

        /** Writes out what was copied from {@code pdf}, so it can be closed before the next part. */
        @Override
        public void release(ReceivedPdf pdf) throws IOException {
            writer.freeReader(pdf.reader());
        }

        /** Writes out the structure elements of what was painted so far: they get no more content. */
        @Override
        public void partDone() throws IOException {
            structure.flush();
        }

        void close() throws IOException {
            if (!opened) {
                throw new IllegalStateException("a PDF needs at least one page");
            }
            structure.finish();
            outline.finish();
            // A snapshot of the info dictionary: taken last, when nothing changes it any more.
            writer.setXmpMetadata(Metadata.xmp(writer, info, timestamp, pdfA));
            document.close();
            out.flush();
        }

        /**
         * Opens the marked-content sequence of {@code tag.node()}'s structure element (created on first
         * use, under its parent's), or an Artifact sequence for decoration.
         */
        private void beginTag(PdfContentByte canvas, Tag tag) {
            structure.begin(canvas, tag);
        }

        private void endTag(PdfContentByte canvas, Tag tag) {
            structure.end(canvas);
        }

        /** Whether an item tagged {@code next} continues the sequence opened for {@code open}. */
        private static boolean sameSequence(Tag open, Tag next) {
            return open.artifact() ? next.artifact() : !next.artifact() && open.node() == next.node();
        }

        /**
         * The received page, which is unrotated, turned into the page as shown; together with the turn
         * OpenPDF puts first on a rotated page, its content ends up exactly as in the file.
         */
        private void imported(PdfContentByte canvas, DrawItem.Imported imported, PageModel shown) {
            PdfImportedPage page = writer.getImportedPage(imported.source().reader(), imported.page());
            float w = (float) shown.width();
            float h = (float) shown.height();
            switch (shown.rotation()) {
                case 90 -> canvas.addTemplate(page, 0, -1, 1, 0, 0, h);
                case 180 -> canvas.addTemplate(page, -1, 0, 0, -1, w, h);
                case 270 -> canvas.addTemplate(page, 0, 1, -1, 0, w, 0);
                default -> canvas.addTemplate(page, 1, 0, 0, 1, 0, 0);
            }
        }

        private void link(Link link) {
            PdfDestination destination = new PdfDestination(PdfDestination.XYZ, -1, (float) link.targetTop(), 0);
            PdfAction action = PdfAction.gotoLocalPage(link.targetPage() + 1, destination, writer);
            PdfAnnotation annotation = new PdfAnnotation(writer, (float) link.x(), (float) link.y(),
                    (float) (link.x() + link.width()), (float) (link.y() + link.height()), action);
            annotation.setBorder(new PdfBorderArray(0, 0, 0));
            // PDF/A: printable; PDF/UA: a description, and a place in the structure tree.
            annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
            annotation.put(PdfName.CONTENTS, PdfStrings.unicode(link.description()));
            structure.link(annotation, link.node());
            writer.addAnnotation(annotation);
        }
    }

    /**
     * Text lines drawn in one text object ({@code BT} … {@code ET}), opened at the first line and ended by
     * {@link #end}; colour and font are set when they differ from the line before in the same object.
     */
    private final class TextObject {
        private final PdfContentByte canvas;
        private final GlyphWriter glyphs;
        private boolean open;
        private Rgb colour;
        private Face face;
        private double size;

        TextObject(PdfContentByte canvas, GlyphWriter glyphs) {
            this.canvas = canvas;
            this.glyphs = glyphs;
        }

        void line(DrawItem.TextLine line, int pageNumber, int pageCount) {
            if (!open) {
                canvas.beginText();
                open = true;
                colour = null;
                face = null;
            }
            if (!line.colour().equals(colour)) {
                setFill(canvas, line.colour());
                colour = line.colour();
            }
            double shift = 0; // a filled-in page number is narrower or wider than the space layout reserved
            for (Run run : line.runs()) {
                if (run.face() != face || line.size() != size) {
                    canvas.setFontAndSize(fonts.baseFont(run.face()), (float) line.size());
                    face = run.face();
                    size = line.size();
                }
                String text = run.text();
                canvas.setTextMatrix((float) (line.x() + run.dx() + shift), (float) line.baseline());
                if (run.field() != null) {
                    text = run.field().resolve(pageNumber, pageCount);
                    shift += fonts.width(text, run.face(), line.size()) - run.width();
                }
                glyphs.show(canvas, run.face(), text);
            }
        }

        void end() {
            if (open) {
                canvas.endText();
                open = false;
            }
        }
    }

    private void fill(PdfContentByte canvas, DrawItem.Fill fill) {
        setFill(canvas, fill.colour());
        canvas.rectangle((float) fill.x(), (float) fill.y(), (float) fill.width(), (float) fill.height());
        canvas.fill();
    }

    private void picture(PdfContentByte canvas, DrawItem.Picture picture, Map<Image, org.openpdf.text.Image> images)
            throws IOException {
        org.openpdf.text.Image image = images.get(picture.image());
        if (image == null) {
            image = org.openpdf.text.Image.getInstance(picture.image().data());
            images.put(picture.image(), image);
        }
        canvas.addImage(image, (float) picture.width(), 0, 0, (float) picture.height(), (float) picture.x(),
                (float) picture.y());
    }

    private static void setFill(PdfContentByte canvas, Rgb colour) {
        canvas.setRGBColorFill(colour.red(), colour.green(), colour.blue());
    }
}
