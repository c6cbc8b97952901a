package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.DocumentInfo;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.theme.Rgb;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The second pass: writes laid-out pages to PDF with OpenPDF, drawing every item on the direct content.
 * Everything OpenPDF-specific about drawing lives here, so tagging for PDF/UA is a change to this class
 * only: {@link #beginTag} and {@link #endTag} bracket every item.
 */
final class PdfPainter {

    private final StyleSheet styles;
    private final FontFaces fonts;

    PdfPainter(StyleSheet styles, FontFaces fonts) {
        this.styles = styles;
        this.fonts = fonts;
    }

    void paint(LaidOutDocument laid, DocumentInfo info, Instant timestamp, byte[] fileId, OutputStream out)
            throws DocumentException, IOException {
        Document document = new Document(new Rectangle((float) styles.pageWidth(), (float) styles.pageHeight()),
                0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.setGlyphSubstitutionEnabled(false);
        // PDF/UA-1 and PDF/A-2 are built on PDF 1.7 (OpenPDF 3 writes 2.0 by default).
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
        Metadata.beforeOpen(writer, !laid.bookmarks().isEmpty());
        document.open();
        Metadata.afterOpen(writer, info, timestamp, fileId);
        OutlineWriter outline = new OutlineWriter(writer);
        Map<Image, org.openpdf.text.Image> images = new IdentityHashMap<>();
        int count = laid.pages().size();
        List<List<Bookmark>> bookmarksByPage = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            bookmarksByPage.add(new ArrayList<>());
        }
        laid.bookmarks().forEach(b -> bookmarksByPage.get(b.pageIndex()).add(b));
        for (int p = 0; p < count; p++) {
            if (p > 0) {
                document.newPage();
            }
            PdfContentByte canvas = writer.getDirectContent();
            for (DrawItem item : laid.pages().get(p).items()) {
                beginTag(canvas, item.tag());
                switch (item) {
                    case DrawItem.TextLine line -> text(canvas, line, p + 1, count);
                    case DrawItem.Fill fill -> fill(canvas, fill);
                    case DrawItem.Picture picture -> picture(canvas, picture, images);
                }
                endTag(canvas, item.tag());
            }
            bookmarksByPage.get(p).forEach(outline::add);
            writer.setPageEmpty(false); // keep pages that are blank on purpose
        }
        document.close();
    }

    /**
     * Where tagged PDF hooks in: open the marked-content sequence of {@code tag.node()}'s structure
     * element (created once per node, under its parent's), or an Artifact sequence for decoration.
     */
    private void beginTag(PdfContentByte canvas, Tag tag) {
        // Untagged for now.
    }

    private void endTag(PdfContentByte canvas, Tag tag) {
        // Untagged for now.
    }

    private void text(PdfContentByte canvas, DrawItem.TextLine line, int pageNumber, int pageCount) {
        if (line.runs().isEmpty()) {
            return;
        }
        canvas.beginText();
        setFill(canvas, line.colour());
        Face current = null;
        double shift = 0; // a filled-in page number is narrower or wider than the space layout reserved
        for (Run run : line.runs()) {
            if (run.face() != current) {
                canvas.setFontAndSize(fonts.baseFont(run.face()), (float) line.size());
                current = run.face();
            }
            String text = run.text();
            canvas.setTextMatrix((float) (line.x() + run.dx() + shift), (float) line.baseline());
            if (run.field() != null) {
                text = run.field().resolve(pageNumber, pageCount);
                shift += fonts.width(text, run.face(), line.size()) - run.width();
            }
            canvas.showText(text);
        }
        canvas.endText();
    }

    private void fill(PdfContentByte canvas, DrawItem.Fill fill) {
        setFill(canvas, fill.colour());
        canvas.rectangle((float) fill.x(), (float) fill.y(), (float) fill.width(), (float) fill.height());
        canvas.fill();
    }

    private void picture(PdfContentByte canvas, DrawItem.Picture picture, Map<Image, org.openpdf.text.Image> images)
            throws DocumentException, IOException {
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
