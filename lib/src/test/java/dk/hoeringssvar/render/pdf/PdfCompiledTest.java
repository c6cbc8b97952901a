package dk.hoeringssvar.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.CompiledDocument.Part;
import dk.hoeringssvar.document.DocumentInfo;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.document.ReceivedFile;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfCompiledTest {

    private static final Instant TIMESTAMP = Instant.parse("2026-03-14T09:26:53Z");
    private static final StyleSheet STYLES = new StyleSheet(Theme.standard());
    private static final PdfRenderer RENDERER = new PdfRenderer(STYLES);
    private static final CompiledDocument.Stamp STAMP = new CompiledDocument.Stamp("side", "af",
            "Beskæftigelsesudvalget · Sagsnr. 2026-04711");

    // ---- received PDFs, made with PDFBox -----------------------------------------------------------

    /** Pages with the given sizes and rotations, each with one line of text. */
    private static byte[] receivedPdf(List<PDRectangle> sizes, List<Integer> rotations, List<String> texts)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < sizes.size(); i++) {
                PDPage page = new PDPage(sizes.get(i));
                page.setRotation(rotations.get(i));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 14);
                    // Near the top left corner: where the stamp must not hide it.
                    cs.newLineAtOffset(60, sizes.get(i).getHeight() - 80);
                    cs.showText(texts.get(i));
                    cs.endText();
                    cs.addRect(30, 30, sizes.get(i).getWidth() - 60, sizes.get(i).getHeight() - 60);
                    cs.stroke();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    static byte[] portraitPdf() throws IOException {
        return receivedPdf(List.of(PDRectangle.A4, PDRectangle.A4), List.of(0, 0),
                List.of("Modtaget brev side en om trafik", "Modtaget brev side to med bilag"));
    }

    /** A landscape page, then a portrait page turned by /Rotate 90 (shows as landscape too). */
    static byte[] landscapePdf() throws IOException {
        return receivedPdf(List.of(LANDSCAPE, PDRectangle.A4), List.of(0, 90),
                List.of("Liggende regneark over budgettet", "Drejet side med tabel"));
    }

    private static byte[] encryptedPdf(String userPassword) throws IOException {
        try (PDDocument doc = Loader.loadPDF(portraitPdf())) {
            AccessPermission permissions = new AccessPermission();
            doc.protect(new StandardProtectionPolicy("ejer-hemmelig", userPassword, permissions));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] emptyPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] truncatedPdf() throws IOException {
        byte[] whole = portraitPdf();
        return Arrays.copyOf(whole, whole.length / 3);
    }

    // ---- compiled documents ------------------------------------------------------------------------

    private static List<Inline> text(String s) {
        return List.of(Inline.Text.plain(s));
    }

    private static DocumentInfo info() {
        return new DocumentInfo("Samlede høringssvar: aktiv beskæftigelsesindsats", "Beskæftigelsesudvalget",
                "Høringssvar til udvalgets møde", List.of("høring", "bilag"), "da-DK");
    }

    private static List<Inline> footer() {
        return List.of(Inline.Text.plain("Side "), new Inline.PageNumber(), Inline.Text.plain(" af "),
                new Inline.PageCount());
    }

    private static String lorem(int words) {
        String[] pool = {"kommunen", "borgerne", "forslaget", "beskæftigelse", "indsatsen", "og", "at", "til",
                "ældrerådet", "bemærker", "særligt", "økonomien", "på", "området", "for", "de", "ledige"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(pool[(i * 7 + words) % pool.length]);
        }
        return sb.append('.').toString();
    }

    /** A statement with a title and two sections; {@code paragraphs} sets its length. */
    static DocumentTree statement(String from, int paragraphs) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, text("Høringssvar fra " + from)));
        blocks.add(new Block.Heading(2, text("Sammenfatning")));
        for (int i = 0; i < paragraphs; i++) {
            blocks.add(new Block.Paragraph(ParagraphRole.BODY, text(lorem(80 + i))));
        }
        blocks.add(new Block.Heading(2, text("Anbefalinger")));
        blocks.add(new Block.Paragraph(ParagraphRole.BODY, text(lorem(40))));
        return new DocumentTree(new DocumentInfo("Høringssvar fra " + from, from, "", List.of(), "da-DK"),
                text(from + " · Høringssvar"), List.of(Inline.Text.plain("egen sidefod skal væk")), blocks);
    }

    static Block.Chart chart() {
        return new Block.Chart("Figur 1. Høringssvar fordelt på tema og holdning",
                List.of("Ledighedsydelse", "Sanktioner", "Samtaler og frister", "Økonomi"),
                List.of(new Block.ChartSeries("Støtter", List.of(4, 1, 6, 2)),
                        new Block.ChartSeries("Delvis enig", List.of(2, 3, 1, 0)),
                        new Block.ChartSeries("Imod", List.of(1, 7, 0, 3))),
                "Søjlediagram: flest støtter samtaler og frister, flest er imod sanktioner.");
    }

    static CompiledDocument bundle(byte[] portrait, byte[] landscape) {
        List<Block> front = List.of(
                new Block.Heading(1, text("Samlede høringssvar")),
                new Block.Paragraph(ParagraphRole.BODY, text("Beskæftigelsesudvalget, mødet 14. april 2026.")),
                chart(),
                new Block.Contents(text("Indhold")));
        List<Part> parts = List.of(
                new Part.Tree("Bilag 1", "Høringssvar fra Ældrerådet", statement("Ældrerådet", 8)),
                new Part.File("Bilag 2", "Brev fra Handicaprådet", new ReceivedFile("handicapraadet.pdf",
                        ReceivedFile.Kind.PDF, portrait), text("Vedlagt særskilt: handicapraadet.pdf")),
                new Part.Tree("Bilag 3", "Høringssvar fra LO Aarhus", statement("LO Aarhus", 1)),
                new Part.File("Bilag 4", "Budgetoversigt fra Dansk Erhverv", new ReceivedFile("budget.pdf",
                        ReceivedFile.Kind.PDF, landscape), text("Vedlagt særskilt: budget.pdf")),
                new Part.File("Bilag 5", "Notat fra forvaltningen", new ReceivedFile("notat.docx",
                        ReceivedFile.Kind.DOCX, new byte[] {'P', 'K', 3, 4}),
                        text("Notatet notat.docx kan ikke vises i PDF og er vedlagt særskilt.")),
                new Part.Tree("Bilag 6", "Høringssvar fra Borgerrådgiveren", statement("Borgerrådgiveren", 3)));
        return new CompiledDocument(info(), footer(), front, parts, STAMP);
    }

    private static byte[] render(CompiledDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(document, TIMESTAMP, out);
        return out.toByteArray();
    }

    /** Sorted by position: unsorted, PDFBox splits the words of a page turned by /Rotate. */
    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static List<String> pageTexts(PDDocument doc) throws IOException {
        List<String> texts = new ArrayList<>();
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            texts.add(pageText(doc, p));
        }
        return texts;
    }

    /** 1-based number of the first page carrying the stamp "label · side 1 af", or -1. */
    private static int startPage(List<String> texts, String label) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(label + " · side 1 af")) {
                return i + 1;
            }
        }
        return -1;
    }

    private static int pageIndex(PDDocument doc, PDPageDestination destination) throws IOException {
        PDPage page = destination.getPage();
        return page != null ? doc.getPages().indexOf(page) : destination.getPageNumber();
    }

    private static List<PDOutlineItem> children(PDOutlineNode node) {
        List<PDOutlineItem> out = new ArrayList<>();
        node.children().forEach(out::add);
        return out;
    }

    private static List<String> titles(List<PDOutlineItem> items) {
        return items.stream().map(PDOutlineItem::getTitle).toList();
    }

    // ---- tests -------------------------------------------------------------------------------------

    @Test
    void contentsListsEveryPartWithThePageWhereItReallyStarts() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(bundle(portraitPdf(), landscapePdf())))) {
            List<String> texts = pageTexts(doc);
            String contents = texts.stream().filter(t -> t.contains("Indhold")).findFirst().orElseThrow();
            for (int n = 1; n <= 6; n++) {
                Matcher m = Pattern.compile("(?m)^Bilag " + n + "\\b.*?(\\d+)\\s*$").matcher(contents);
                assertThat(m.find()).as("contents entry for Bilag %d in%n%s", n, contents).isTrue();
                int start = startPage(texts, "Bilag " + n);
                assertThat(start).as("stamp of Bilag %d found", n).isPositive();
                assertThat(Integer.parseInt(m.group(1))).as("page of Bilag %d", n).isEqualTo(start);
            }
            // Parts follow each other with nothing in between, in order.
            assertThat(startPage(texts, "Bilag 2")).isGreaterThan(startPage(texts, "Bilag 1") + 1);
            assertThat(startPage(texts, "Bilag 3")).isEqualTo(startPage(texts, "Bilag 2") + 2);
            assertThat(startPage(texts, "Bilag 5")).isEqualTo(startPage(texts, "Bilag 4") + 2);
        }
    }

    @Test
    void everyPartPageCarriesItsStampAndEveryPageTheGlobalPageNumber() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(bundle(portraitPdf(), landscapePdf())))) {
            List<String> texts = pageTexts(doc);
            int total = texts.size();
            for (int p = 1; p <= total; p++) {
                assertThat(texts.get(p - 1)).as("footer of page %d", p).contains("Side " + p + " af " + total)
                        .doesNotContain("egen sidefod skal væk");
            }
            int front = startPage(texts, "Bilag 1") - 1;
            assertThat(front).isPositive();
            for (int p = 1; p <= front; p++) {
                assertThat(texts.get(p - 1)).doesNotContain(" · side ");
            }
            for (int n = 1; n <= 6; n++) {
                int start = startPage(texts, "Bilag " + n);
                int end = n < 6 ? startPage(texts, "Bilag " + (n + 1)) : total + 1;
                int count = end - start;
                for (int i = 1; i <= count; i++) {
                    assertThat(texts.get(start + i - 2)).as("stamp on page %d of Bilag %d", i, n)
                            .contains("Bilag " + n + " · side " + i + " af " + count)
                            .contains("Beskæftigelsesudvalget · Sagsnr. 2026-04711");
                }
            }
            // Received parts have exactly their own number of pages; the statement's header is kept.
            assertThat(texts.get(startPage(texts, "Bilag 2") - 1)).contains("Bilag 2 · side 1 af 2");
            assertThat(texts.get(startPage(texts, "Bilag 4") - 1)).contains("Bilag 4 · side 1 af 2");
            assertThat(texts.get(startPage(texts, "Bilag 1") - 1)).contains("Ældrerådet · Høringssvar");
            assertThat(texts.get(startPage(texts, "Bilag 5") - 1))
                    .contains("Notatet notat.docx kan ikke vises i PDF og er vedlagt særskilt.");
        }
    }

    @Test
    void receivedPagesAreVectorPagesWithTheirTextSizeAndOrientation() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(bundle(portraitPdf(), landscapePdf())))) {
            List<String> texts = pageTexts(doc);
            int portrait = startPage(texts, "Bilag 2");
            assertThat(texts.get(portrait - 1)).contains("Modtaget brev side en om trafik");
            assertThat(texts.get(portrait)).contains("Modtaget brev side to med bilag");
            for (int p : List.of(portrait, portrait + 1)) {
                PDRectangle box = doc.getPage(p - 1).getMediaBox();
                assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.01f));
                assertThat(box.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.01f));
            }
            int landscape = startPage(texts, "Bilag 4");
            assertThat(texts.get(landscape - 1)).contains("Liggende regneark over budgettet");
            assertThat(texts.get(landscape)).contains("Drejet side med tabel");
            for (int p : List.of(landscape, landscape + 1)) {
                PDPage page = doc.getPage(p - 1);
                PDRectangle box = page.getMediaBox();
                boolean turned = page.getRotation() % 180 != 0;
                double shownWidth = turned ? box.getHeight() : box.getWidth();
                double shownHeight = turned ? box.getWidth() : box.getHeight();
                assertThat(shownWidth).as("page %d shows landscape", p).isCloseTo(LANDSCAPE.getWidth(),
                        org.assertj.core.data.Offset.offset(0.01));
                assertThat(shownHeight).isCloseTo(LANDSCAPE.getHeight(), org.assertj.core.data.Offset.offset(0.01));
            }
            for (int p : List.of(portrait, portrait + 1, landscape, landscape + 1)) {
                PDResources resources = doc.getPage(p - 1).getResources();
                int forms = 0;
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject xobject = resources.getXObject(name);
                    assertThat(xobject).as("page %d has no raster image", p).isNotInstanceOf(PDImageXObject.class);
                    if (xobject instanceof PDFormXObject) {
                        forms++;
                    }
                }
                assertThat(forms).as("page %d is placed as a form", p).isEqualTo(1);
            }
        }
    }

    @Test
    void outlineHasFrontMatterHeadingsThenPartsWithTheirHeadingsNested() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(bundle(portraitPdf(), landscapePdf())))) {
            List<String> texts = pageTexts(doc);
            List<PDOutlineItem> top = children(doc.getDocumentCatalog().getDocumentOutline());
            assertThat(titles(top)).containsExactly("Samlede høringssvar",
                    "Bilag 1: Høringssvar fra Ældrerådet", "Bilag 2: Brev fra Handicaprådet",
                    "Bilag 3: Høringssvar fra LO Aarhus", "Bilag 4: Budgetoversigt fra Dansk Erhverv",
                    "Bilag 5: Notat fra forvaltningen", "Bilag 6: Høringssvar fra Borgerrådgiveren");
            assertThat(titles(children(top.get(1)))).containsExactly("Høringssvar fra Ældrerådet");
            assertThat(titles(children(children(top.get(1)).get(0)))).containsExactly("Sammenfatning", "Anbefalinger");
            assertThat(children(top.get(2))).isEmpty();
            assertThat(children(top.get(4))).isEmpty();
            for (int n = 1; n <= 6; n++) {
                PDPageDestination destination = (PDPageDestination) top.get(n).getDestination();
                assertThat(pageIndex(doc, destination) + 1).as("outline target of Bilag %d", n)
                        .isEqualTo(startPage(texts, "Bilag " + n));
            }
        }
    }

    @Test
    void contentsEntriesLinkToThePartsFirstPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(bundle(portraitPdf(), landscapePdf())))) {
            List<String> texts = pageTexts(doc);
            int contentsPage = 0;
            while (!texts.get(contentsPage).contains("Indhold")) {
                contentsPage++;
            }
            List<Integer> targets = new ArrayList<>();
            for (PDAnnotation annotation : doc.getPage(contentsPage).getAnnotations()) {
                PDAnnotationLink link = (PDAnnotationLink) annotation;
                PDPageDestination destination = (PDPageDestination) ((PDActionGoTo) link.getAction()).getDestination();
                targets.add(pageIndex(doc, destination) + 1);
            }
            List<Integer> starts = new ArrayList<>();
            for (int n = 1; n <= 6; n++) {
                starts.add(startPage(texts, "Bilag " + n));
            }
            assertThat(targets).isEqualTo(starts);
        }
    }

    @Test
    void sameBundleGivesSameBytesAndCarriesTheMetadata() throws IOException {
        CompiledDocument bundle = bundle(portraitPdf(), landscapePdf());
        byte[] first = render(bundle);
        assertThat(render(bundle)).isEqualTo(first);
        try (PDDocument doc = Loader.loadPDF(first)) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo(info().title());
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Beskæftigelsesudvalget");
            assertThat(doc.getDocumentInformation().getKeywords()).isEqualTo("høring, bilag");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
        byte[] otherLandscape = receivedPdf(List.of(LANDSCAPE, PDRectangle.A4), List.of(0, 90),
                List.of("Liggende regneark over budgettet", "Drejet side med en anden tabel"));
        try (PDDocument a = Loader.loadPDF(first);
             PDDocument b = Loader.loadPDF(render(bundle(portraitPdf(), otherLandscape)))) {
            assertThat(b.getDocument().getDocumentID()).isNotEqualTo(a.getDocument().getDocumentID());
        }
    }

    @Test
    void encryptedDamagedOrEmptyReceivedPdfsFailNamingTheFileAndWriteNothing() throws IOException {
        record Case(String name, byte[] bytes, String reason) {
        }
        List<Case> cases = List.of(
                new Case("beskyttet-uden-kode.pdf", encryptedPdf(""), "encrypted"),
                new Case("beskyttet-med-kode.pdf", encryptedPdf("bruger"), "encrypted"),
                new Case("afbrudt.pdf", truncatedPdf(), "damaged"),
                new Case("tom.pdf", emptyPdf(), "no pages"),
                new Case("ikke-pdf.pdf", "Dette er ikke en PDF".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "damaged"));
        for (Case c : cases) {
            CompiledDocument bundle = new CompiledDocument(info(), footer(), List.of(new Block.Contents(List.of())),
                    List.of(new Part.Tree("Bilag 1", "Svar", statement("Ældrerådet", 1)),
                            new Part.File("Bilag 2", "Modtaget", new ReceivedFile(c.name(), ReceivedFile.Kind.PDF,
                                    c.bytes()), List.of())), STAMP);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> RENDERER.render(bundle, TIMESTAMP, out)).as(c.name())
                    .isInstanceOf(RenderException.class).hasMessageContaining(c.name())
                    .hasMessageContaining(c.reason());
            assertThat(out.size()).as(c.name()).isZero();
        }
    }

    @Test
    void bundleWithoutFrontMatterStartsWithTheFirstPart() throws IOException {
        CompiledDocument bundle = new CompiledDocument(info(), footer(), List.of(), List.of(
                new Part.File("Bilag 1", "Liggende", new ReceivedFile("budget.pdf", ReceivedFile.Kind.PDF,
                        landscapePdf()), List.of())), STAMP);
        try (PDDocument doc = Loader.loadPDF(render(bundle))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(pageText(doc, 1)).contains("Bilag 1 · side 1 af 2", "Side 1 af 2", "Liggende regneark");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
    }

    /** Not a check: writes a sample bundle for a look when -DpdfLookDir=... is given. */
    @Test
    void writesSampleBundleForALookWhenAsked() throws IOException {
        String dir = System.getProperty("pdfLookDir");
        if (dir == null) {
            return;
        }
        Files.createDirectories(Path.of(dir));
        CompiledDocument bundle = bundle(portraitPdf(), landscapePdf());
        Files.write(Path.of(dir, "bundle.pdf"), render(bundle));
        for (int i = 0; i < 20; i++) {
            render(bundle);
        }
        int runs = 30;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            render(bundle);
        }
        System.out.printf("bundle (%d pages): %.1f ms per render once warm%n",
                Loader.loadPDF(render(bundle)).getNumberOfPages(), (System.nanoTime() - start) / 1e6 / runs);
    }
}
