package dk.hoeringssvar.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.bundle.AnnexBundle;
import dk.hoeringssvar.bundle.BundleItem;
import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.ReceivedDocument;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.fixtures.CorpusShapes;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.testing.Bundles;
import dk.hoeringssvar.testing.Statements;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Archival (PDF/A-2u) and accessible (PDF/UA-1) PDF, checked with veraPDF on a few documents: a statement
 * with every block kind, a summary with a chart, bundles with received PDFs.
 */
class PdfArchivalTaggingTest {

    private static final DocumentEngine ENGINE = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();
    private static final Instant TIMESTAMP = Instant.parse("2026-03-14T09:26:53Z");

    private static byte[] statement;
    private static byte[] summary;

    @BeforeAll
    static void render() {
        statement = ENGINE.render(CorpusShapes.everyBlockKind(), OutputFormat.PDF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ENGINE.render(HearingSummary.from(Bundles.bundle()), OutputFormat.PDF, out);
        summary = out.toByteArray();
    }

    // ---- veraPDF ---------------------------------------------------------------------------------------

    @Test
    void statementWithEveryBlockKindIsPdfA2uAndPdfUa1() {
        assertThat(VeraPdf.pdfA2uFailures(statement)).as("PDF/A-2u failed rules").isEmpty();
        assertThat(VeraPdf.pdfUa1Failures(statement)).as("PDF/UA-1 failed rules").isEmpty();
    }

    @Test
    void summaryWithChartIsPdfA2uAndPdfUa1() throws IOException {
        assertThat(VeraPdf.pdfA2uFailures(summary)).as("PDF/A-2u failed rules").isEmpty();
        assertThat(VeraPdf.pdfUa1Failures(summary)).as("PDF/UA-1 failed rules").isEmpty();
        try (PDDocument doc = Loader.loadPDF(summary)) {
            List<PDStructureElement> figures = elements(doc, "Figure");
            assertThat(figures).as("the chart is a Figure").isNotEmpty();
            figures.forEach(f -> assertThat(f.getAlternateDescription()).isNotBlank());
        }
    }

    @Test
    void bundleWhoseReceivedPdfIsPdfAIsPdfA2uAndPdfUa1() throws IOException {
        // The received file of Bundles.bundle() is a statement rendered by the library: PDF/A-2u itself.
        List<String> warnings = new ArrayList<>();
        byte[] pdf = renderCompiled(ENGINE.compiledDocument(Bundles.bundle()), true, false, warnings);
        assertThat(warnings).isEmpty();
        assertThat(xmp(pdf)).contains("<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>U</pdfaid:conformance>",
                "<pdfuaid:part>1</pdfuaid:part>");
        assertThat(VeraPdf.pdfA2uFailures(pdf)).as("PDF/A-2u failed rules").isEmpty();
        assertThat(VeraPdf.pdfUa1Failures(pdf)).as("PDF/UA-1 failed rules").isEmpty();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // The contents' links are Link elements in the TOC, and say where they go.
            assertThat(elements(doc, "TOC")).hasSize(1);
            assertThat(elements(doc, "Link")).isNotEmpty();
            for (PDPage page : doc.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    assertThat(annotation.getContents()).isNotBlank();
                    assertThat(annotation.getStructParent()).isGreaterThanOrEqualTo(0);
                    assertThat(page.getCOSObject().getCOSName(COSName.getPDFName("Tabs"))).isEqualTo(COSName.S);
                }
            }
        }
    }

    @Test
    void bundleWithReceivedPdfThatIsNotPdfAIsTaggedWithoutThePdfAClaimAndWarns() {
        List<String> warnings = new ArrayList<>();
        byte[] pdf = renderCompiled(bundleWithPlainPdf(), true, false, warnings);
        assertThat(warnings).containsExactly(
                "received file \"uden-pdfa.pdf\" is not PDF/A; the bundle is written without the PDF/A claim");
        assertThat(xmp(pdf)).doesNotContain("pdfaid:").contains("<pdfuaid:part>1</pdfuaid:part>");
        assertThat(VeraPdf.pdfUa1Failures(pdf)).as("PDF/UA-1 failed rules").isEmpty();
    }

    @Test
    void strictArchivalRefusesAReceivedPdfThatIsNotPdfA() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRenderer strict = new PdfRenderer(new StyleSheet(ENGINE.theme()), true, true);
        CompiledDocument document = bundleWithPlainPdf();
        assertThatThrownBy(() -> strict.render(document, TIMESTAMP, out, w -> { }))
                .isInstanceOf(RenderException.class)
                .hasMessageContaining("\"uden-pdfa.pdf\"")
                .hasMessageContaining("not PDF/A");
        assertThat(out.size()).as("nothing written").isZero();
    }

    @Test
    void strictArchivalAcceptsReceivedPdfA() {
        List<String> warnings = new ArrayList<>();
        byte[] pdf = renderCompiled(ENGINE.compiledDocument(Bundles.bundle()), true, true, warnings);
        assertThat(warnings).isEmpty();
        assertThat(xmp(pdf)).contains("<pdfaid:part>2</pdfaid:part>");
    }

    @Test
    void nonArchivalIsTaggedWithoutPdfAClaim() throws IOException {
        byte[] pdf = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).pdfArchival(false).build()
                .render(CorpusShapes.everyBlockKind(), OutputFormat.PDF);
        assertThat(xmp(pdf)).doesNotContain("pdfaid").contains("<pdfuaid:part>1</pdfuaid:part>");
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("/OutputIntents");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void receivedPdfDeclaresPdfAOnlyWithPdfaidPart() {
        String element = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description rdf:about='' xmlns:a='http://www.aiim.org/pdfa/ns/id/'><a:part>%s</a:part>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta>";
        String attribute = "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                + "<rdf:Description rdf:about='' xmlns:pdfaid='http://www.aiim.org/pdfa/ns/id/' pdfaid:part='%s'/>"
                + "</rdf:RDF></x:xmpmeta>";
        for (String part : List.of("1", "2", "3")) {
            assertThat(ReceivedPdf.declaresPdfA(element.formatted(part).getBytes(StandardCharsets.UTF_8))).isTrue();
            assertThat(ReceivedPdf.declaresPdfA(attribute.formatted(part).getBytes(StandardCharsets.UTF_8))).isTrue();
        }
        assertThat(ReceivedPdf.declaresPdfA(element.formatted("4").getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(ReceivedPdf.declaresPdfA("<not xml".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(ReceivedPdf.declaresPdfA(null)).isFalse();
    }

    // ---- structure -------------------------------------------------------------------------------------

    @Test
    void structureTreeFollowsTheDocumentOrder() throws IOException {
        try (PDDocument doc = Loader.loadPDF(statement)) {
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            List<PDStructureElement> top = kids(doc.getDocumentCatalog().getStructureTreeRoot());
            assertThat(top).extracting(PDStructureElement::getStructureType).containsExactly("Document");
            List<String> types = new ArrayList<>();
            kids(top.get(0)).forEach(e -> types.add(e.getStructureType()));
            // The statement's title (H1), then its body in order, its headings one level down: "Sammenfatning"
            // (H2) and its paragraph, "Forslagets tidsplan" (H2), "De første otte uger" (H3) …
            int title = types.indexOf("H1");
            assertThat(title).isGreaterThanOrEqualTo(0);
            assertThat(types.stream().filter(t -> t.matches("H[1-6]")).toList())
                    .containsExactly("H1", "H2", "H2", "H3", "H3", "H2", "H2");
            int firstBodyHeading = types.indexOf("H2");
            assertThat(firstBodyHeading).isGreaterThan(title);
            assertThat(types.get(firstBodyHeading + 1)).isEqualTo("P");
            assertThat(types).contains("Table", "Figure", "BlockQuote", "L");
            assertThat(types.indexOf("Table")).isLessThan(types.indexOf("Figure"));
            assertThat(types.indexOf("Figure")).isLessThan(types.indexOf("BlockQuote"));
            assertThat(types.indexOf("BlockQuote")).isLessThan(types.indexOf("L"));

            PDStructureElement figure = elements(doc, "Figure").get(0);
            assertThat(figure.getAlternateDescription()).startsWith("Tidslinje over uge 1 til 8");
            assertThat(kids(figure)).extracting(PDStructureElement::getStructureType).containsExactly("Caption");

            PDStructureElement table = elements(doc, "Table").get(0);
            List<PDStructureElement> rows = kids(table);
            assertThat(rows).hasSize(5).allSatisfy(r -> assertThat(r.getStructureType()).isEqualTo("TR"));
            List<PDStructureElement> headerCells = kids(rows.get(0));
            assertThat(headerCells).hasSize(4).allSatisfy(c -> {
                assertThat(c.getStructureType()).isEqualTo("TH");
                COSDictionary attributes = (COSDictionary) c.getCOSObject().getDictionaryObject(COSName.A);
                assertThat(attributes.getCOSName(COSName.getPDFName("Scope"))).isEqualTo(COSName.getPDFName("Column"));
            });
            assertThat(kids(rows.get(1))).extracting(PDStructureElement::getStructureType)
                    .containsExactly("TD", "TD", "TD", "TD");

            PDStructureElement list = elements(doc, "L").get(0);
            PDStructureElement item = kids(list).get(0);
            assertThat(item.getStructureType()).isEqualTo("LI");
            assertThat(kids(item)).extracting(PDStructureElement::getStructureType).containsExactly("Lbl", "LBody");
        }
    }

    @Test
    void aParagraphOnAPageIsOneMarkedContentSequenceThatReadsWithItsWordBoundaries() throws IOException {
        try (PDDocument doc = Loader.loadPDF(statement)) {
            PDPage page = doc.getPage(0);
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String pageText = stripper.getText(doc).replaceAll("\\s+", " ");
            List<PDMarkedContent> paragraphs = extractor.getMarkedContents().stream()
                    .filter(m -> "P".equals(m.getTag()))
                    .toList();
            assertThat(paragraphs).isNotEmpty();
            // A screen reader takes a paragraph's text from its marked content: lines end in the space
            // between their words, so the text reads as the page shows it.
            assertThat(paragraphs).allSatisfy(p -> assertThat(pageText).contains(text(p).strip()));
            assertThat(paragraphs).anySatisfy(p -> assertThat(lines(p)).isGreaterThanOrEqualTo(2));
        }
    }

    private static String text(PDMarkedContent content) {
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition position) {
                text.append(position.getUnicode());
            }
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private static long lines(PDMarkedContent content) {
        return content.getContents().stream()
                .filter(TextPosition.class::isInstance)
                .map(p -> Math.round(((TextPosition) p).getY()))
                .distinct()
                .count();
    }

    @Test
    void sameInputAndTimestampGiveTheSameBytes() {
        assertThat(ENGINE.render(CorpusShapes.everyBlockKind(), OutputFormat.PDF)).isEqualTo(statement);
        CompiledDocument bundle = ENGINE.compiledDocument(Bundles.bundle());
        assertThat(renderCompiled(bundle, true, false, new ArrayList<>()))
                .isEqualTo(renderCompiled(bundle, true, false, new ArrayList<>()));
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static byte[] renderCompiled(CompiledDocument document, boolean archival, boolean strict,
                                         List<String> warnings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfRenderer(new StyleSheet(ENGINE.theme()), archival, strict).render(document, TIMESTAMP, out,
                warnings::add);
        return out.toByteArray();
    }

    /** The sample bundle with one more received PDF: a statement rendered without the PDF/A claim. */
    private static CompiledDocument bundleWithPlainPdf() {
        byte[] plain = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).pdfArchival(false).build()
                .render(Statements.compact(), OutputFormat.PDF);
        AnnexBundle sample = Bundles.bundle();
        List<BundleItem> items = new ArrayList<>(sample.items());
        items.add(new BundleItem.Received(new ReceivedDocument("uden-pdfa.pdf", plain, "Høringssvar uden PDF/A",
                Sender.of("Foreningen Uden Arkiv", SenderKind.ASSOCIATION))));
        return ENGINE.compiledDocument(new AnnexBundle(sample.hearing(), items));
    }

    private static String xmp(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new String(doc.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<PDStructureElement> kids(PDStructureNode node) {
        List<PDStructureElement> out = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                out.add(element);
            }
        }
        return out;
    }

    /** Every structure element of {@code type}, in reading order. */
    private static List<PDStructureElement> elements(PDDocument doc, String type) {
        List<PDStructureElement> out = new ArrayList<>();
        collect(doc.getDocumentCatalog().getStructureTreeRoot(), type, out);
        return out;
    }

    private static void collect(PDStructureNode node, String type, List<PDStructureElement> out) {
        for (PDStructureElement kid : kids(node)) {
            if (kid.getStructureType().equals(type)) {
                out.add(kid);
            }
            collect(kid, type, out);
        }
    }
}
