package dk.hoeringssvar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.fixtures.CorpusShapes;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.testing.Statements;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each statement in the shape of a real one renders in all three formats, and each output read back
 * holds the same text in the same order, with the same headings.
 */
class CorpusShapesRenderTest {

    private static final DocumentEngine ENGINE = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();

    static Stream<Arguments> shapes() {
        return Stream.of(
                Arguments.of("employee committee letter", (Supplier<HearingStatement>) CorpusShapes::employeeCommitteeLetter),
                Arguments.of("minutes excerpts", (Supplier<HearingStatement>) CorpusShapes::minutesExcerpts),
                Arguments.of("main statement with annexes", (Supplier<HearingStatement>) CorpusShapes::mainStatementWithAnnexes),
                Arguments.of("every block kind", (Supplier<HearingStatement>) CorpusShapes::everyBlockKind));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void pdfReadsBackInOrderWithEmbeddedFontsOutlineAndMetadata(String name, Supplier<HearingStatement> shape)
            throws Exception {
        HearingStatement statement = shape.get();
        List<String> headings = treeHeadings(statement);
        try (PDDocument pdf = Loader.loadPDF(ENGINE.render(statement, OutputFormat.PDF))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(normalise(text)).containsSubsequence(headings.stream().map(CorpusShapesRenderTest::normalise).toList());
            assertThat(text).contains(statement.senders().get(0).name());
            assertThat(text).contains("Side 1 af " + pdf.getNumberOfPages());
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(statement.title());
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo(statement.senderNames());
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("da-DK");
            assertThat(outlineTitles(pdf.getDocumentCatalog().getDocumentOutline())).containsExactlyElementsOf(headings);
            for (int i = 0; i < pdf.getNumberOfPages(); i++) {
                for (var fontName : pdf.getPage(i).getResources().getFontNames()) {
                    PDFont font = pdf.getPage(i).getResources().getFont(fontName);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void docxHasTheSameHeadingsAsWordHeadingStylesInDanish(String name, Supplier<HearingStatement> shape)
            throws Exception {
        HearingStatement statement = shape.get();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(ENGINE.render(statement, OutputFormat.DOCX)))) {
            List<String> headings = new ArrayList<>();
            for (XWPFParagraph p : docx.getParagraphs()) {
                String style = p.getStyle();
                if ("Title".equals(style) || (style != null && style.startsWith("Heading"))) {
                    headings.add(p.getText());
                }
            }
            assertThat(headings).containsExactlyElementsOf(treeHeadings(statement));
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo(statement.title());
            assertThat(docx.getDocument().getBody().xmlText()).contains("w:lang").doesNotContain("w:val=\"en-US\"");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void htmlHasTheSameHeadings(String name, Supplier<HearingStatement> shape) {
        HearingStatement statement = shape.get();
        String html = new String(ENGINE.render(statement, OutputFormat.HTML), StandardCharsets.UTF_8);
        List<String> headings = new ArrayList<>();
        Matcher m = Pattern.compile("<h[123][^>]*>(.*?)</h[123]>").matcher(html);
        while (m.find()) {
            headings.add(m.group(1).replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<")
                    .replace("&gt;", ">"));
        }
        assertThat(headings).containsExactlyElementsOf(treeHeadings(statement));
    }

    @org.junit.jupiter.api.Test
    void theAnnexHoldsEightSubCommitteeStatementsOneOfThemOnlyATitle() {
        HearingStatement main = CorpusShapes.mainStatementWithAnnexes();
        assertThat(main.annexes()).hasSize(1);
        assertThat(main.annexes().get(0).statements()).hasSize(8)
                .anySatisfy(s -> {
                    assertThat(s.body()).isEmpty();
                    assertThat(s.points()).isEmpty();
                    assertThat(s.signatories()).isEmpty();
                });
        assertThat(treeHeadings(main)).contains("Bilag: " + main.annexes().get(0).title(),
                "Bilag 1: " + main.annexes().get(0).statements().get(0).title(),
                "Bilag 8: " + main.annexes().get(0).statements().get(7).title());
    }

    private static List<String> treeHeadings(HearingStatement statement) {
        return ENGINE.documentTree(statement, dk.hoeringssvar.template.TemplateNames.STATEMENT).blocks().stream()
                .filter(b -> b instanceof dk.hoeringssvar.document.Block.Heading)
                .map(b -> ((dk.hoeringssvar.document.Block.Heading) b).content().stream()
                        .map(i -> i instanceof dk.hoeringssvar.document.Inline.Text t ? t.text() : "")
                        .reduce("", String::concat))
                .toList();
    }

    private static List<String> outlineTitles(PDOutlineNode node) {
        List<String> titles = new ArrayList<>();
        if (node == null) {
            return titles;
        }
        for (PDOutlineItem item : node.children()) {
            titles.add(item.getTitle());
            titles.addAll(outlineTitles(item));
        }
        return titles;
    }

    /** Line breaks from wrapping become spaces, so a heading that wraps still matches. */
    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
