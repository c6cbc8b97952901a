package dk.hoeringssvar.bench;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.theme.FontSet;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;

/** The routes measured: the library's bundle, the raw floors, and FreeMarker → XHTML → openhtmltopdf. */
final class Routes {

    enum Route {
        BUNDLE_PDF, BUNDLE_PDF_TWO_THREADS, BUNDLE_DOCX, RAW_OPENPDF, RAW_POI, OPENHTMLTOPDF
    }

    static final DocumentEngine ENGINE = DocumentEngine.builder()
            .clock(Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC)).build();
    /** The same engine with the statements laid out on two threads ({@code layoutThreads(2)}). */
    static final DocumentEngine TWO_THREADS = DocumentEngine.builder()
            .clock(Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC)).layoutThreads(2).build();
    private static final FontSet FONTS = FontSet.liberationSans();

    private Routes() {
    }

    /** Renders N statements by a route and returns the bytes. */
    static byte[] run(Route route, int n) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        switch (route) {
            case BUNDLE_PDF -> ENGINE.render(SyntheticHearing.bundle(n), OutputFormat.PDF, out);
            case BUNDLE_PDF_TWO_THREADS -> TWO_THREADS.render(SyntheticHearing.bundle(n), OutputFormat.PDF, out);
            case BUNDLE_DOCX -> ENGINE.render(SyntheticHearing.bundle(n), OutputFormat.DOCX, out);
            case RAW_OPENPDF -> rawOpenPdf(n, out);
            case RAW_POI -> rawPoi(n, out);
            case OPENHTMLTOPDF -> openHtml(n, out);
        }
        return out.toByteArray();
    }

    /** The floor: the same text through OpenPDF's high-level API, embedded font, no tagging. */
    static void rawOpenPdf(int n, OutputStream out) throws Exception {
        Document document = new Document(PageSize.A4, 71, 57, 71, 71);
        PdfWriter.getInstance(document, out);
        document.setGlyphSubstitutionEnabled(false);
        document.open();
        BaseFont regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, true, false,
                FONTS.regular(), null);
        BaseFont bold = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, true, false,
                FONTS.bold(), null);
        Font body = new Font(regular, 10.5f);
        Font heading = new Font(bold, 13f);
        for (int i = 1; i <= n; i++) {
            if (i > 1) {
                document.newPage();
            }
            for (String[] block : text(i)) {
                Paragraph p = new Paragraph(block[1], block[0].equals("h") ? heading : body);
                p.setSpacingAfter(8);
                document.add(p);
            }
        }
        document.close();
    }

    /** The floor for DOCX: the same text as plain POI paragraphs. */
    static void rawPoi(int n, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            for (int i = 1; i <= n; i++) {
                for (String[] block : text(i)) {
                    XWPFParagraph p = doc.createParagraph();
                    if (block[0].equals("h")) {
                        p.setStyle("Heading1");
                    }
                    p.createRun().setText(block[1]);
                }
                doc.createParagraph().setPageBreak(true);
            }
            doc.write(out);
        }
    }

    private static final String TEMPLATE = """
            <html><head><style>
              @page { size: A4; margin: 25mm 20mm 25mm 25mm; }
              body { font-family: 'Liberation Sans'; font-size: 10.5pt; }
              h1 { font-size: 13pt; } .statement { page-break-after: always; }
            </style></head><body>
            <#list statements as s><div class="statement"><#list s as b>
              <#if b[0] == "h"><h1>${b[1]}</h1><#else><p>${b[1]}</p></#if>
            </#list></div></#list>
            </body></html>""";

    /** The route many Java teams pick: FreeMarker → XHTML → openhtmltopdf, the same font. */
    static void openHtml(int n, OutputStream out) throws Exception {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setOutputFormat(freemarker.core.XHTMLOutputFormat.INSTANCE);
        Template template = new Template("bench", new StringReader(TEMPLATE), cfg);
        List<List<String[]>> statements = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            statements.add(text(i));
        }
        StringWriter html = new StringWriter();
        template.process(Map.of("statements", statements), html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> new ByteArrayInputStream(FONTS.regular()), "Liberation Sans");
        builder.withHtmlContent(html.toString(), null);
        builder.toStream(out);
        builder.run();
    }

    /** The statement's text as (kind, text) pairs: heading, title, five paragraphs, four items, signatures. */
    static List<String[]> text(int i) {
        List<String[]> blocks = new ArrayList<>();
        blocks.add(new String[] {"h", "Høringssvar nr. " + i + " om bibliotekernes åbningstider"});
        blocks.add(new String[] {"h", "Vores bemærkninger til forslaget"});
        for (int p = 0; p < 5; p++) {
            blocks.add(new String[] {"p", SyntheticHearing.paragraph(i + p)});
        }
        for (String item : new String[] {"• Betjent åbningstid om lørdagen bevares.",
                "• Tryghed i de selvbetjente timer sikres med alarm og kamera.",
                "• Skolernes adgang om formiddagen fortsætter.", "• Ordningen evalueres efter et år med brugerne."}) {
            blocks.add(new String[] {"p", item});
        }
        blocks.add(new String[] {"p", "Med venlig hilsen  Anne Sørensen, Formand  Bjørn Ålund, Næstformand"});
        return blocks;
    }
}
