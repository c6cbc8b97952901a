package dk.hoeringssvar.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.document.Alignment;
import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.DocumentInfo;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.document.ListKind;
import dk.hoeringssvar.document.ParagraphRole;
import dk.hoeringssvar.document.SignatureLayout;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.model.TestImages;
import dk.hoeringssvar.testing.DiskFullOutputStream;
import dk.hoeringssvar.render.RenderException;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final Instant TIMESTAMP = Instant.parse("2026-03-14T09:26:53Z");
    private static final StyleSheet STYLES = new StyleSheet(Theme.standard());
    private static final PdfRenderer RENDERER = new PdfRenderer(STYLES);
    private static final String DANISH = "«æøå ÆØÅ » – — „“»";

    // ---- building trees -------------------------------------------------------------------------

    private static List<Inline> text(String s) {
        return List.of(Inline.Text.plain(s));
    }

    private static Block.Paragraph para(String s) {
        return new Block.Paragraph(ParagraphRole.BODY, text(s));
    }

    private static Block.Heading heading(int level, String s) {
        return new Block.Heading(level, text(s));
    }

    private static DocumentInfo info() {
        return new DocumentInfo("Høringssvar om lov om aktiv beskæftigelsesindsats", "Ældrerådet i Aarhus",
                "Høring over forslag til ændring", List.of("høring", "beskæftigelse"), "da-DK");
    }

    private static List<Inline> pageFooter() {
        return List.of(Inline.Text.plain("Side "), new Inline.PageNumber(), Inline.Text.plain(" af "),
                new Inline.PageCount());
    }

    private static DocumentTree tree(List<Block> blocks) {
        return new DocumentTree(info(), text("Ældrerådet · Høringssvar"), pageFooter(), blocks);
    }

    static Image tinyPng() {
        return TestImages.png(40, 20);
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

    /** One of every block and inline kind. */
    static DocumentTree sample() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(ParagraphRole.LETTERHEAD, text("Ældrerådet i Aarhus Kommune")));
        blocks.add(new Block.Paragraph(ParagraphRole.LETTERHEAD, List.of(Inline.Text.plain("Rådhuspladsen 2"),
                new Inline.LineBreak(), Inline.Text.plain("8000 Aarhus C"))));
        blocks.add(new Block.Paragraph(ParagraphRole.DATE, text("14. marts 2026")));
        blocks.add(new Block.Paragraph(ParagraphRole.RECIPIENT, text("Til Beskæftigelsesudvalget")));
        blocks.add(heading(1, "Høringssvar om aktiv beskæftigelsesindsats"));
        blocks.add(new Block.Paragraph(ParagraphRole.REFERENCE, text("Sagsnr. 2026-0042 · Høringsfrist 1. april 2026")));
        blocks.add(heading(2, "Sammenfatning"));
        blocks.add(new Block.Paragraph(ParagraphRole.BODY, List.of(
                Inline.Text.plain("Ældrerådet "), new Inline.Text("støtter", true, false),
                Inline.Text.plain(" forslaget, men "), new Inline.Text("anbefaler", false, true),
                Inline.Text.plain(" ændringer. Tegn: " + DANISH + " "), new Inline.Text("vigtigt", true, true),
                Inline.Text.plain(" – " + lorem(60)))));
        blocks.add(new Block.PullQuote(text("Ingen borger må falde mellem to stole, når reglerne ændres.")));
        blocks.add(heading(3, "Forslagets punkter"));
        blocks.add(new Block.ListBlock(ListKind.NUMBERED, 1, List.of(
                new Block.ListItem(text("Første punkt om ledighedsydelse. " + lorem(30)), List.of()),
                new Block.ListItem(text("Andet punkt med underpunkter."), List.of(
                        new Block.ListBlock(ListKind.BULLET, 1, List.of(
                                new Block.ListItem(text("Underpunkt a"), List.of()),
                                new Block.ListItem(text("Underpunkt b " + lorem(25)), List.of()))))),
                new Block.ListItem(text("Tredje punkt."), List.of()))));
        blocks.add(new Block.Quotation(List.of(para("Kommunen skal sikre en helhedsorienteret indsats. " + lorem(30))),
                text("Bemærkningerne til lovforslaget, s. 12")));
        blocks.add(new Block.Box(text("Forslag"), List.of(
                para("Ældrerådet foreslår:"),
                new Block.ListBlock(ListKind.BULLET, 1, List.of(
                        new Block.ListItem(text("at fristerne forlænges"), List.of()),
                        new Block.ListItem(text("at borgerne inddrages"), List.of()))))));
        blocks.add(new Block.Table(List.of(
                row(true, "Paragraf", "Ændring", "Vurdering"),
                row(false, "§ 3", "Nye frister for samtaler", "Positiv"),
                row(false, "§ 7", "Sanktioner skærpes " + lorem(20), "Kritisk")), 1, List.of(1, 3, 2)));
        blocks.add(new Block.Figure(tinyPng(), "Blå figur med hvid cirkel", text("Figur 1. Udviklingen i ledigheden"),
                0.5, Alignment.CENTER));
        blocks.add(new Block.DefinitionList(List.of(
                new Block.Definition(text("Mødedato"), text("12. marts 2026")),
                new Block.Definition(text("Deltagere"), text("Anna Jensen, Bo Hansen, Carl Østergaard, " + lorem(12))))));
        blocks.add(new Block.Rule());
        blocks.add(new Block.Paragraph(ParagraphRole.NOTE, text("Bemærkning: svaret er vedtaget på mødet.")));
        blocks.add(new Block.Signatures(SignatureLayout.SIDE_BY_SIDE, List.of(
                new Block.Signature(text("Anna Jensen"), text("Formand")),
                new Block.Signature(text("Bo Hansen"), text("Næstformand")))));
        blocks.add(new Block.PageBreak());
        blocks.add(heading(2, "Bilag"));
        blocks.add(new Block.Signatures(SignatureLayout.STACKED, List.of(
                new Block.Signature(text("Carl Østergaard"), List.of()))));
        return tree(blocks);
    }

    private static Block.TableRow row(boolean bold, String... cells) {
        List<Block.TableCell> out = new ArrayList<>();
        for (String c : cells) {
            out.add(new Block.TableCell(List.of(new Inline.Text(c, bold, false))));
        }
        return new Block.TableRow(out);
    }

    // ---- helpers --------------------------------------------------------------------------------

    private static byte[] render(DocumentTree tree) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RENDERER.render(tree, TIMESTAMP, out);
        return out.toByteArray();
    }

    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            for (COSName name : res.getFontNames()) {
                fonts.add(res.getFont(name));
            }
        }
        return fonts;
    }

    // ---- tests ----------------------------------------------------------------------------------

    @Test
    void textComesOutInReadingOrderWithDanishCharacters() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(sample()))) {
            String text = text(doc);
            assertThat(text).contains(DANISH);
            assertThat(text).containsSubsequence("Ældrerådet i Aarhus Kommune", "Rådhuspladsen 2", "8000 Aarhus C",
                    "14. marts 2026", "Til Beskæftigelsesudvalget", "Høringssvar om aktiv beskæftigelsesindsats",
                    "Sammenfatning", "Ældrerådet støtter forslaget, men anbefaler ændringer",
                    "Ingen borger må falde", "Forslagets punkter", "1.", "Første punkt", "2.", "Andet punkt",
                    "•", "Underpunkt a", "Underpunkt b", "3.", "Tredje punkt", "Kommunen skal sikre",
                    "Bemærkningerne til lovforslaget", "Forslag", "Ældrerådet foreslår", "at fristerne forlænges",
                    "Paragraf", "Ændring", "Vurdering", "§ 3", "Nye frister", "Positiv", "Figur 1. Udviklingen",
                    "Mødedato", "12. marts 2026", "Deltagere", "Bemærkning: svaret", "Anna Jensen", "Formand",
                    "Bo Hansen", "Næstformand", "Bilag", "Carl Østergaard");
        }
    }

    @Test
    void explicitPageBreakStartsANewPageAndFooterCountsPages() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(sample()))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            assertThat(pageText(doc, pages)).contains("Bilag").doesNotContain("Næstformand");
            for (int p = 1; p <= pages; p++) {
                assertThat(pageText(doc, p)).contains("Side " + p + " af " + pages)
                        .contains("Ældrerådet · Høringssvar");
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(sample()))) {
            List<PDFont> fonts = fonts(doc);
            assertThat(fonts).isNotEmpty();
            assertThat(fonts).allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
        }
    }

    @Test
    void boldTextUsesBoldFaceAndItalicTextItalicFace() throws IOException {
        List<String> fontsOfStoetter = new ArrayList<>();
        List<String> fontsOfAnbefaler = new ArrayList<>();
        List<String> fontsOfKommunen = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                collect(text, positions, "støtter", fontsOfStoetter);
                collect(text, positions, "anbefaler", fontsOfAnbefaler);
                collect(text, positions, "Kommunen skal", fontsOfKommunen);
                super.writeString(text, positions);
            }

            private void collect(String text, List<TextPosition> positions, String word, List<String> into) {
                int at = text.indexOf(word);
                if (at >= 0 && positions.size() == text.length()) {
                    for (int i = at; i < at + word.length(); i++) {
                        into.add(positions.get(i).getFont().getName());
                    }
                }
            }
        };
        try (PDDocument doc = Loader.loadPDF(render(sample()))) {
            stripper.getText(doc);
        }
        assertThat(fontsOfStoetter).isNotEmpty().allSatisfy(n -> assertThat(n).contains("Bold").doesNotContain("Italic"));
        assertThat(fontsOfAnbefaler).isNotEmpty().allSatisfy(n -> assertThat(n).contains("Italic").doesNotContain("Bold"));
        // Text inside a quotation is italic.
        assertThat(fontsOfKommunen).isNotEmpty().allSatisfy(n -> assertThat(n).contains("Italic"));
    }

    @Test
    void outlineFollowsHeadingsAndTheirLevels() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(sample()))) {
            PDOutlineNode root = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(root).isNotNull();
            List<PDOutlineItem> top = children(root);
            assertThat(top).extracting(PDOutlineItem::getTitle)
                    .containsExactly("Høringssvar om aktiv beskæftigelsesindsats");
            List<PDOutlineItem> level2 = children(top.get(0));
            assertThat(level2).extracting(PDOutlineItem::getTitle).containsExactly("Sammenfatning", "Bilag");
            assertThat(children(level2.get(0))).extracting(PDOutlineItem::getTitle)
                    .containsExactly("Forslagets punkter");
            assertThat(children(level2.get(1))).isEmpty();
            // "Bilag" is on the last page.
            PDPage target = level2.get(1).findDestinationPage(doc);
            assertThat(doc.getPages().indexOf(target)).isEqualTo(doc.getNumberOfPages() - 1);
        }
    }

    private static List<PDOutlineItem> children(PDOutlineNode node) {
        List<PDOutlineItem> out = new ArrayList<>();
        node.children().forEach(out::add);
        return out;
    }

    @Test
    void metadataLanguageAndViewerPreferences() throws IOException {
        byte[] pdf = render(sample());
        // PDF/UA-1 and PDF/A-2 build on PDF 1.7.
        assertThat(new String(pdf, 0, 8, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.7");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Høringssvar om lov om aktiv beskæftigelsesindsats");
            assertThat(info.getAuthor()).isEqualTo("Ældrerådet i Aarhus");
            assertThat(info.getSubject()).isEqualTo("Høring over forslag til ændring");
            assertThat(info.getKeywords()).isEqualTo("høring, beskæftigelse");
            assertThat(info.getCreator()).isEqualTo("hoeringssvar");
            Calendar created = info.getCreationDate();
            assertThat(created.toInstant()).isEqualTo(TIMESTAMP);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(TIMESTAMP);
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
        }
    }

    @Test
    void pagesAreA4() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(sample()))) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                assertThat(box.getWidth()).isCloseTo((float) StyleSheet.A4_WIDTH, org.assertj.core.data.Offset.offset(0.01f));
                assertThat(box.getHeight()).isCloseTo((float) StyleSheet.A4_HEIGHT, org.assertj.core.data.Offset.offset(0.01f));
            }
        }
    }

    @Test
    void longDocumentHasSeveralPagesEachWithItsOwnPageNumber() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            if (i % 8 == 1) {
                blocks.add(heading(2, "Afsnit " + i));
            }
            blocks.add(para("Afsnit nummer " + i + ". " + lorem(70)));
        }
        try (PDDocument doc = Loader.loadPDF(render(tree(blocks)))) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int p = 1; p <= pages; p++) {
                assertThat(pageText(doc, p)).contains("Side " + p + " af " + pages);
            }
            assertThat(text(doc)).containsSubsequence("Afsnit nummer 1.", "Afsnit nummer 20.", "Afsnit nummer 40.");
        }
    }

    @Test
    void longTableRepeatsItsHeaderRowOnTheNextPage() throws IOException {
        List<Block.TableRow> rows = new ArrayList<>();
        rows.add(row(true, "Kolonneoverskrift A", "Kolonneoverskrift B"));
        for (int i = 1; i <= 90; i++) {
            rows.add(row(false, "Række " + i, "Indhold " + i));
        }
        try (PDDocument doc = Loader.loadPDF(render(tree(List.of(new Block.Table(rows, 1, List.of())))))) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                String page = pageText(doc, p);
                assertThat(page).as("page %d", p).contains("Kolonneoverskrift A", "Kolonneoverskrift B");
            }
            String page2 = pageText(doc, 2);
            assertThat(page2.indexOf("Kolonneoverskrift A")).isLessThan(page2.indexOf("Række "));
            // Every row once, none lost at a page break.
            String all = text(doc);
            for (int i = 1; i <= 90; i++) {
                assertThat(all).contains("Række " + i + " ");
            }
        }
    }

    @Test
    void wordLongerThanALineIsBrokenWithoutLosingCharacters() throws IOException {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            word.append((char) ('a' + i % 26));
        }
        word.setCharAt(100, 'æ');
        word.setCharAt(199, 'Ø');
        DocumentTree tree = tree(List.of(para("Før " + word + " efter"),
                new Block.Table(List.of(row(false, "x", word.toString())), 0, List.of())));
        try (PDDocument doc = Loader.loadPDF(render(tree))) {
            String squeezed = text(doc).replaceAll("\\s+", "");
            assertThat(squeezed).contains("Før" + word + "efter");
            assertThat(squeezed).contains("x" + word);
        }
    }

    @Test
    void headingIsNeverLeftAloneAtThePageBottom() throws IOException {
        for (int filler = 30; filler <= 48; filler++) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < filler; i++) {
                blocks.add(para("Fyldlinje " + i));
            }
            blocks.add(heading(2, "Overskriften"));
            blocks.add(para("Efter overskriften. " + lorem(40)));
            try (PDDocument doc = Loader.loadPDF(render(tree(blocks)))) {
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    String page = pageText(doc, p);
                    if (page.contains("Overskriften")) {
                        assertThat(page).as("filler %d", filler).contains("Efter overskriften");
                    }
                }
            }
        }
    }

    @Test
    void figureEmbedsTheImage() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(sample()))) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().isImageXObject(name)) {
                        images++;
                    }
                }
            }
            assertThat(images).isEqualTo(1);
        }
    }

    @Test
    void sameInputGivesSameBytes() {
        assertThat(render(sample())).isEqualTo(render(sample()));
    }

    @Test
    void rendersConcurrentlyFromOneInstance() throws Exception {
        byte[] expected = render(sample());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> render(sample())));
            }
            for (Future<byte[]> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void pageNumbersInBodyTextAreFilledIn() throws IOException {
        DocumentTree tree = new DocumentTree(info(), List.of(), List.of(), List.of(
                new Block.Paragraph(ParagraphRole.BODY, List.of(Inline.Text.plain("Første side er side "),
                        new Inline.PageNumber(), Inline.Text.plain(" af "), new Inline.PageCount(),
                        Inline.Text.plain("."))),
                new Block.PageBreak(),
                new Block.Paragraph(ParagraphRole.BODY, List.of(Inline.Text.plain("Her er side "),
                        new Inline.PageNumber(), Inline.Text.plain(".")))));
        try (PDDocument doc = Loader.loadPDF(render(tree))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(pageText(doc, 1)).contains("Første side er side 1 af 2.");
            assertThat(pageText(doc, 2)).contains("Her er side 2.");
        }
    }

    @Test
    void emptyHeaderAndFooterDrawNothing() throws IOException {
        DocumentTree tree = new DocumentTree(info(), List.of(), List.of(), List.of(para("Kun brødtekst.")));
        try (PDDocument doc = Loader.loadPDF(render(tree))) {
            assertThat(text(doc).strip()).isEqualTo("Kun brødtekst.");
        }
    }

    @Test
    void doesNotCloseTheStreamAndReportsWriteFailures() {
        class Recording extends ByteArrayOutputStream {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        }
        Recording out = new Recording();
        RENDERER.render(sample(), TIMESTAMP, out);
        assertThat(out.closed).isFalse();
        assertThat(out.size()).isGreaterThan(1000);

        OutputStream failing = new DiskFullOutputStream();
        assertThatThrownBy(() -> RENDERER.render(sample(), TIMESTAMP, failing))
                .isInstanceOf(RenderException.class).hasMessageContaining("disk full");
    }

    static Image tallPng() {
        return TestImages.png(10, 300);
    }

    /** A box, a table row and an image, each taller than a page. */
    static DocumentTree oversized() {
        List<Block> inBox = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            inBox.add(para("Boksafsnit " + i + ". " + lorem(25)));
        }
        StringBuilder huge = new StringBuilder();
        for (int i = 0; i < 900; i++) {
            huge.append("celleord").append(i).append(' ');
        }
        huge.append("SLUTORD");
        return tree(List.of(
                heading(2, "Stor boks"),
                new Block.Box(text("En meget lang boks"), inBox),
                heading(2, "Stor tabelrække"),
                new Block.Table(List.of(row(true, "Nr.", "Tekst"), row(false, "1", huge.toString()),
                        row(false, "2", "Kort række")), 1, List.of(1, 5)),
                new Block.Figure(tallPng(), "Høj grå figur", text("Figur 2. Skaleret ned"), 1.0, Alignment.LEFT),
                para("Slut på dokumentet.")));
    }

    @Test
    void contentTallerThanAPageIsSplitOrScaledAndNothingIsLost() throws IOException {
        try (PDDocument doc = Loader.loadPDF(render(oversized()))) {
            String all = text(doc);
            for (int i = 1; i <= 45; i++) {
                assertThat(all).contains("Boksafsnit " + i + ".");
            }
            assertThat(all.replaceAll("\\s+", "")).contains("celleord899SLUTORD");
            assertThat(all).containsSubsequence("Stor boks", "Boksafsnit 45.", "Stor tabelrække", "Nr.", "celleord0",
                    "SLUTORD", "Kort række", "Figur 2. Skaleret ned", "Slut på dokumentet.");
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThanOrEqualTo(5);
            for (int p = 1; p <= pages; p++) {
                assertThat(pageText(doc, p)).contains("Side " + p + " af " + pages);
            }
        }
    }

    @Test
    void chartIsVectorWithItsCategoriesSeriesTotalsAndCaptionAsText() throws IOException {
        DocumentTree tree = tree(List.of(heading(1, "Høringssvar i tal"), PdfCompiledTest.chart(), para("Efter figuren.")));
        try (PDDocument doc = Loader.loadPDF(render(tree))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = text(doc);
            assertThat(text).containsSubsequence("Høringssvar i tal", "Ledighedsydelse", "7", "Sanktioner", "11",
                    "Samtaler og frister", "Økonomi", "Støtter", "Delvis enig", "Imod",
                    "Figur 1. Høringssvar fordelt på tema og holdning", "Efter figuren.");
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                assertThat(resources.getXObject(name))
                        .isNotInstanceOf(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.class);
            }
        }
    }

    @Test
    void chartIsKeptOnOnePage() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            blocks.add(para(lorem(70)));
        }
        blocks.add(PdfCompiledTest.chart());
        try (PDDocument doc = Loader.loadPDF(render(tree(blocks)))) {
            int page = 1;
            while (!pageText(doc, page).contains("Økonomi")) {
                page++;
            }
            assertThat(pageText(doc, page)).contains("Ledighedsydelse", "Imod", "Figur 1. Høringssvar fordelt");
        }
    }

    @Test
    void contentsListsTheSectionsWithTheirRealPagesAndLinksToThem() throws IOException {
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading(1, "Høringssvar med indhold"));
        blocks.add(new Block.Contents(text("Indhold")));
        String[] sections = {"Indledning", "Ledighedsydelse", "Sanktioner", "Afslutning"};
        for (int s = 0; s < sections.length; s++) {
            blocks.add(heading(2, sections[s]));
            for (int i = 0; i < 3 + 4 * s; i++) {
                blocks.add(para(lorem(60 + i)));
            }
        }
        try (PDDocument doc = Loader.loadPDF(render(tree(blocks)))) {
            String contents = pageText(doc, 1);
            List<Integer> linked = new ArrayList<>();
            for (var annotation : doc.getPage(0).getAnnotations()) {
                var action = (org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo)
                        ((org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink) annotation).getAction();
                var destination = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination)
                        action.getDestination();
                linked.add(doc.getPages().indexOf(destination.getPage()) + 1);
            }
            List<Integer> actual = new ArrayList<>();
            for (String section : sections) {
                var m = java.util.regex.Pattern.compile("(?m)^" + section + "[ .]*?(\\d+)\\s*$").matcher(contents);
                assertThat(m.find()).as("entry for %s in%n%s", section, contents).isTrue();
                int page = firstPageWithHeading(doc, section);
                assertThat(Integer.parseInt(m.group(1))).as("page of %s", section).isEqualTo(page);
                actual.add(page);
            }
            assertThat(actual).isSorted();
            assertThat(actual.get(actual.size() - 1)).as("the last section is pages away").isGreaterThan(2);
            assertThat(linked).isEqualTo(actual);
        }
    }

    /** The first page with a line that is just {@code heading} (a contents entry has leaders and a number). */
    private static int firstPageWithHeading(PDDocument doc, String heading) throws IOException {
        for (int p = 1; p <= doc.getNumberOfPages(); p++) {
            if (pageText(doc, p).lines().anyMatch(l -> l.strip().equals(heading))) {
                return p;
            }
        }
        return -1;
    }

    /** Not a check: writes the sample for a look when -DpdfLookDir=... is given. */
    @Test
    void writesSampleForALookWhenAsked() throws IOException {
        String dir = System.getProperty("pdfLookDir");
        if (dir == null) {
            return;
        }
        Files.createDirectories(Path.of(dir));
        Files.write(Path.of(dir, "sample.pdf"), render(sample()));
        List<Block.TableRow> rows = new ArrayList<>();
        rows.add(row(true, "Paragraf", "Bemærkning"));
        for (int i = 1; i <= 40; i++) {
            rows.add(row(false, "§ " + i, lorem(5 + i % 13)));
        }
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading(1, "Langt dokument"));
        for (int i = 0; i < 6; i++) {
            blocks.add(para(lorem(90)));
        }
        blocks.add(new Block.Table(rows, 1, List.of(1, 4)));
        Files.write(Path.of(dir, "long.pdf"), render(tree(blocks)));
        Files.write(Path.of(dir, "oversized.pdf"), render(oversized()));
        DocumentTree sample = sample();
        for (int i = 0; i < 30; i++) {
            render(sample);
        }
        long start = System.nanoTime();
        int runs = 50;
        for (int i = 0; i < runs; i++) {
            render(sample);
        }
        System.out.printf("sample (%d pages): %.1f ms per render once warm%n",
                Loader.loadPDF(render(sample)).getNumberOfPages(), (System.nanoTime() - start) / 1e6 / runs);
    }
}
