package dk.hoeringssvar.template;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.DocumentTreePrinter;
import dk.hoeringssvar.i18n.LabelLanguage;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.testing.Golden;
import dk.hoeringssvar.testing.Statements;
import org.junit.jupiter.api.Test;

class StatementTemplateTest {

    private final DocumentEngine engine = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();

    @Test
    void compactStatementMatchesTheGoldenMarkup() {
        Golden.assertMatches("template/compact.markup.xml", engine.markup(Statements.compact()));
    }

    @Test
    void compactStatementMatchesTheGoldenTree() {
        DocumentTree tree = engine.documentTree(Statements.compact(), TemplateNames.STATEMENT);
        Golden.assertMatches("template/compact.tree", DocumentTreePrinter.print(tree));
    }

    @Test
    void englishLabelsComeFromTheEnglishBundle() {
        DocumentEngine english = DocumentEngine.builder().language(LabelLanguage.ENGLISH).build();
        String tree = DocumentTreePrinter.print(english.documentTree(Statements.compact(), TemplateNames.STATEMENT));
        assertThat(tree).contains("lang=en-GB", "Page {page} of {pages}", "To Beskæftigelsesudvalget",
                "5 November 2015", "Case no. 2015-0417", "Yours sincerely", "Annex: ", "Annex 1: ");
        assertThat(tree).doesNotContain("Sagsnr.", "Med venlig hilsen");
    }

    @Test
    void templateSyntaxAndMarkupInTextAreRenderedLiterally() {
        String hostile = "<b>fed</b> ${statement.title} <#assign x=1> &amp; <![CDATA[x]]> \"'";
        HearingStatement s = HearingStatement.builder().sender(hostile, SenderKind.CITIZEN).title(hostile)
                .paragraph(hostile).signatory(hostile, hostile).build();
        DocumentTree tree = engine.documentTree(s, TemplateNames.STATEMENT);
        assertThat(tree.info().title()).isEqualTo(hostile);
        assertThat(tree.info().author()).isEqualTo(hostile);
        String dump = DocumentTreePrinter.print(tree);
        assertThat(dump).contains("h1: " + hostile, "p[body]: " + hostile, "  " + hostile + " / " + hostile);
    }

    @Test
    void annexedStatementsAreNumberedAndATitleOnlyOneStillAppears() {
        DocumentTree tree = engine.documentTree(Statements.compact(), TemplateNames.STATEMENT);
        assertThat(DocumentTreePrinter.print(tree).lines()).containsSubsequence(
                "h2: Bilag: Høringssvar fra centrene", "p[body]: Nedenfor følger svarene.",
                "h3: Bilag 1: Svar fra Jobcenter Nord", "p[body]: Vi støtter forslaget.",
                "h3: Bilag 2: Svar fra Jobcenter Syd");
    }
}
