package dk.hoeringssvar.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.DocumentTree;
import dk.hoeringssvar.document.DocumentTreePrinter;
import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.Stance;
import dk.hoeringssvar.testing.Bundles;
import dk.hoeringssvar.testing.Statements;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BundleCompilerTest {

    private final DocumentEngine engine = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();

    @Test
    void aBundleHasACoverContentsAndNumberedParts() {
        CompiledDocument compiled = engine.compiledDocument(Bundles.bundle());
        String front = DocumentTreePrinter.print(new DocumentTree(compiled.info(), List.of(), compiled.footer(),
                compiled.frontMatter()));
        assertThat(front).contains("h1: Samlede høringssvar", "p[recipient]: Forslag til beskæftigelsesplan 2016",
                "Høringsperiode = 20. oktober 2015 – 12. november 2015", "row: | MED-udvalg | 2",
                "row: | Foreninger og organisationer | 1", "row: | Faglige organisationer | 1", "row: | **I alt** | **4**",
                "page-break", "contents: Indholdsfortegnelse");
        assertThat(compiled.info().title()).isEqualTo("Samlede høringssvar – Forslag til beskæftigelsesplan 2016");
        assertThat(compiled.parts()).extracting(CompiledDocument.Part::label)
                .containsExactly("Bilag 1", "Bilag 2", "Bilag 3", "Bilag 4");
        assertThat(compiled.stamp().firstLine("Bilag 2", 3, 7)).isEqualTo("Bilag 2 · side 3 af 7");
        assertThat(compiled.stamp().line()).isEqualTo("Beskæftigelsesudvalget · Sagsnr. 2015-0417");
    }

    @Test
    void annexesInsideAnAnnexAreNumberedUnderIt() {
        CompiledDocument compiled = engine.compiledDocument(Bundles.bundle());
        CompiledDocument.Part.Tree second = (CompiledDocument.Part.Tree) compiled.parts().get(1);
        String tree = DocumentTreePrinter.print(second.tree());
        // the corpus case: one annex holding eight sub-committee statements, numbered 2.1 … 2.8 under it
        for (int i = 1; i <= 8; i++) {
            assertThat(tree).contains("h3: Bilag 2." + i + ": ");
        }
        assertThat(tree).contains("h2: Bilag: ").doesNotContain("Bilag 2.1.1");
    }

    @Test
    void aReceivedPdfIsAFilePartThatNamesItself() {
        CompiledDocument.Part.File file = (CompiledDocument.Part.File) engine.compiledDocument(Bundles.bundle())
                .parts().get(3);
        assertThat(file.title()).isEqualTo("Høringssvar fra Dansk Metal");
        assertThat(file.file().name()).isEqualTo("dansk-metal.pdf");
        assertThat(DocumentTreePrinter.print(new DocumentTree(
                new dk.hoeringssvar.document.DocumentInfo("", "", "", List.of(), "da"), List.of(), List.of(),
                List.of(new Block.Paragraph(dk.hoeringssvar.document.ParagraphRole.BODY, file.attachedSeparately())))))
                .contains("Høringssvaret er modtaget som filen «dansk-metal.pdf» og er vedlagt separat.");
    }

    @Test
    void theSummaryShowsWhoAnsweredAndThePointsByThemeWithAChart() {
        HearingSummary summary = HearingSummary.from(Bundles.bundle());
        assertThat(summary.responses()).extracting(PartyResponse::party, PartyResponse::response, PartyResponse::annex)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FagMED for Jobcentret", PartyResponse.Response.NO_ANSWER, null),
                        org.assertj.core.groups.Tuple.tuple("HovedMED", PartyResponse.Response.WITH_REMARKS, "2"),
                        org.assertj.core.groups.Tuple.tuple("Ældrerådet", PartyResponse.Response.NO_REMARKS, "3"),
                        org.assertj.core.groups.Tuple.tuple("Handicaprådet", PartyResponse.Response.NO_ANSWER, null),
                        // answered without being on the list of consulted parties: after them, in annex order
                        org.assertj.core.groups.Tuple.tuple("FagMED for Jobcenter Bøgelund", PartyResponse.Response.WITH_REMARKS, "1"),
                        org.assertj.core.groups.Tuple.tuple("Dansk Metal", PartyResponse.Response.WITH_REMARKS, "4"));
        assertThat(summary.points()).isNotEmpty().allSatisfy(p -> assertThat(p.id()).matches("\\d+(\\.\\d+)*-\\d+"));
        assertThat(summary.points().get(0).id()).isEqualTo("1-1");
        String tree = DocumentTreePrinter.print(engine.documentTree(summary));
        assertThat(tree).contains("h1: Høringsnotat", "h2: Høringsparter", "row: | Ældrerådet | Svar uden bemærkninger | 3",
                "row: | Handicaprådet | Har ikke svaret | ", "chart: Holdninger fordelt på temaer",
                "h2: Ændringer som følge af høringen", "p[note]: Administrationen har endnu ikke beskrevet ændringer.");
        for (String theme : summary.themes()) {
            assertThat(tree).contains("h3: " + theme);
        }
        int concerns = summary.themes().stream().mapToInt(t -> summary.count(t, Stance.CONCERN)).sum();
        assertThat(concerns).isEqualTo((int) summary.points().stream().filter(p -> p.stance() == Stance.CONCERN).count());
    }

    @Test
    void commentsAndChangesAppearAndAnUnknownIdIsAnError() {
        HearingSummary summary = HearingSummary.from(Bundles.bundle());
        String id = summary.points().get(1).id();
        HearingSummary commented = summary.withComments(Map.of(id, "Vi retter «afsnittet» – tak.")).withChanges("Afsnit 3 omskrives.");
        String tree = DocumentTreePrinter.print(engine.documentTree(commented));
        assertThat(tree).contains("Vi retter «afsnittet» – tak.", "p[body]: Afsnit 3 omskrives.");
        assertThatThrownBy(() -> summary.withComments(Map.of("99-1", "x")))
                .isInstanceOf(InvalidModelException.class).hasMessage("HearingSummary.comments: no point with id 99-1");
    }

    @Test
    void theSummaryRendersAsHtmlWithItsChart() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.render(HearingSummary.from(Bundles.bundle()), OutputFormat.HTML, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<h1>Høringsnotat</h1>", "<svg", "role=\"img\"");
    }

    @Test
    void aPacketHasTheRecommendationThenTheNotatThenTheStatementsUnderBilag2() {
        CompiledDocument packet = engine.compiledDocument(Bundles.packet());
        String front = DocumentTreePrinter.print(new DocumentTree(packet.info(), List.of(), packet.footer(),
                packet.frontMatter()));
        assertThat(front).contains("h1: Punkt 7: Beskæftigelsesplan 2016 efter høring", "h2: Indstilling",
                "li: at udvalget godkender", "h2: Baggrund", "contents: Bilag");
        assertThat(packet.parts()).extracting(CompiledDocument.Part::label)
                .containsExactly("Bilag 1", "Bilag 2.1", "Bilag 2.2", "Bilag 2.3", "Bilag 2.4");
        String notat = DocumentTreePrinter.print(((CompiledDocument.Part.Tree) packet.parts().get(0)).tree());
        assertThat(notat).contains("row: | Ældrerådet | Svar uden bemærkninger | 2.3", "_Bilag 2.1_",
                "Administrationen er enig og retter planen.", "p[body]: Planens side 9 præciseres.");
        String second = DocumentTreePrinter.print(((CompiledDocument.Part.Tree) packet.parts().get(2)).tree());
        assertThat(second).contains("h3: Bilag 2.2.1: ", "h3: Bilag 2.2.8: ");
    }

    @Test
    void bundlesAreNotWrittenAsHtml() {
        assertThatThrownBy(() -> engine.render(Bundles.bundle(), OutputFormat.HTML, new ByteArrayOutputStream()))
                .isInstanceOf(HoeringssvarException.class).hasMessageContaining("PDF or DOCX");
    }

    @Test
    void aReceivedFileMustBePdfOrDocx() {
        assertThatThrownBy(() -> new ReceivedDocument("svar.txt", "hej".getBytes(StandardCharsets.UTF_8), "Svar",
                dk.hoeringssvar.model.Sender.of("A", dk.hoeringssvar.model.SenderKind.CITIZEN)))
                .isInstanceOf(InvalidModelException.class).hasMessage("svar.txt: is neither a PDF nor a DOCX file");
    }
}
