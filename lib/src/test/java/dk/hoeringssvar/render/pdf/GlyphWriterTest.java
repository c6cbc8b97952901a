package dk.hoeringssvar.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.theme.FontSet;
import java.io.ByteArrayOutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/** The glyph writer writes what OpenPDF's own {@code showText} writes, and notes the same glyphs. */
class GlyphWriterTest {

    /**
     * Danish letters, characters escaped in a PDF string, a no-break space, a repeated run (the second from
     * the table), a character outside the BMP the font lacks, a variation selector, and the faces mixed.
     */
    private static final List<String> LINES = List.of(
            "Høringssvar om åbningstider – Æble, Øl og Å",
            "(bilag 2) \\ 50 % · «citat» “anført” 1\u00A0000 kr.",
            "Høringssvar om åbningstider – Æble, Øl og Å",
            "Matematisk \uD835\uDC00 og flueben \u2714\uFE0F",
            "Tab\tog\u00ADbindestreg ½ € § ±");

    @Test
    void writesTheBytesOpenPdfWrites() throws Exception {
        byte[] ours = render((canvas, line) -> line.writer.show(canvas, line.face, line.text));
        byte[] openPdf = render((canvas, line) -> canvas.showText(line.text));

        try (PDDocument a = Loader.loadPDF(ours); PDDocument b = Loader.loadPDF(openPdf)) {
            assertThat(contents(a.getPage(0))).isEqualTo(contents(b.getPage(0)));
            for (String font : List.of("F1", "F2")) {
                assertThat(toUnicode(a.getPage(0), font)).isEqualTo(toUnicode(b.getPage(0), font));
                assertThat(widths(a.getPage(0), font)).isEqualTo(widths(b.getPage(0), font));
            }
            String text = new PDFTextStripper().getText(a);
            assertThat(text).isEqualTo(new PDFTextStripper().getText(b));
            assertThat(text).contains("Høringssvar om åbningstider – Æble, Øl og Å", "(bilag 2) \\ 50 %");
        }
    }

    private record Line(GlyphWriter writer, Face face, String text) {
    }

    private static byte[] render(BiConsumer<PdfContentByte, Line> show) throws Exception {
        FontSet set = FontSet.liberationSans();
        Map<Face, byte[]> bytes = new EnumMap<>(Face.class);
        for (Face face : Face.values()) {
            bytes.put(face, set.face(face.bold(), face.italic()));
        }
        FontFaces fonts = FontFaces.load(set.family(), bytes);
        fonts.seedSubsetPrefixes(new byte[] {1, 2, 3});
        GlyphWriter writer = new GlyphWriter(fonts);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter pdf = PdfWriter.getInstance(document, out);
        document.setGlyphSubstitutionEnabled(false);
        document.open();
        PdfContentByte canvas = pdf.getDirectContent();
        float y = 800;
        for (int i = 0; i < LINES.size(); i++) {
            Face face = i % 2 == 0 ? Face.REGULAR : Face.BOLD;
            canvas.beginText();
            canvas.setFontAndSize(fonts.baseFont(face), 11);
            canvas.setTextMatrix(50, y);
            show.accept(canvas, new Line(writer, face, LINES.get(i)));
            canvas.endText();
            y -= 20;
        }
        document.close();
        return out.toByteArray();
    }

    private static byte[] contents(PDPage page) throws Exception {
        return page.getContents().readAllBytes();
    }

    private static String toUnicode(PDPage page, String name) throws Exception {
        PDFont font = page.getResources().getFont(COSName.getPDFName(name));
        return new String(font.getCOSObject().getCOSStream(COSName.TO_UNICODE).createInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String widths(PDPage page, String name) throws Exception {
        PDFont font = page.getResources().getFont(COSName.getPDFName(name));
        return font.getCOSObject().getCOSArray(COSName.DESCENDANT_FONTS).getObject(0).toString();
    }
}
