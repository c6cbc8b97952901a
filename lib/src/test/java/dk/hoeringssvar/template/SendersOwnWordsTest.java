package dk.hoeringssvar.template;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.document.DocumentTreePrinter;
import dk.hoeringssvar.importer.StatementImporter;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.testing.Statements;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * A statement shows what its sender wrote, and only that: the administration's reading (overall position,
 * points with theme and stance) belongs in the høringsnotat, not inside the sender's letter.
 */
class SendersOwnWordsTest {

    private static final DocumentEngine ENGINE = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).build();

    @Test
    void theStandardTemplateShowsNeitherThePositionNorThePoints() {
        HearingStatement s = Statements.compact();
        assertThat(s.points()).isNotEmpty();
        assertThat(s.position()).isNotNull();
        String tree = DocumentTreePrinter.print(ENGINE.documentTree(s, TemplateNames.STATEMENT));
        assertThat(tree).doesNotContain("Samlet holdning", "Støtter forslaget med bemærkninger", "Holdning", "Tema");
        for (var point : s.points()) {
            assertThat(tree).doesNotContain(point.text());
        }
        assertThat(tree).contains("Vedr.: Forslag til beskæftigelsesplan 2016");
    }

    @Test
    void theTemplateOptionShowsTheSendersNumberedRemarksWithoutTheAdministrationsReading() {
        HearingStatement s = Statements.compact();
        DocumentEngine withPoints = DocumentEngine.builder().clock(Statements.FIXED_CLOCK).showPoints(true).build();
        String tree = DocumentTreePrinter.print(withPoints.documentTree(s, TemplateNames.STATEMENT));
        for (var point : s.points()) {
            assertThat(tree).contains(point.text().lines().findFirst().orElseThrow());
        }
        assertThat(tree).doesNotContain("Samlet holdning", "Holdning");
    }

    @Test
    void anImportedLetterHoldsEachSentenceOfItsSourceOnce() throws IOException {
        String source = String.join("\n",
                "Til Teknik- og Miljøudvalget",
                "",
                "Høringssvar om ny parkeringsstrategi",
                "",
                "Grundejerforeningen Solbakken har læst strategien med interesse.",
                "",
                "Vi har disse bemærkninger:",
                "",
                "• Beboerlicens bør koste det samme i hele byen",
                "• Skiltningen ved skolen skal gøres tydeligere",
                "• Vi er imod betaling om søndagen",
                "",
                "1. Cykelparkering ved stationen udvides",
                "2. Ladestandere placeres ved p-pladsen på Torvet",
                "",
                "Med venlig hilsen",
                "Grundejerforeningen Solbakken",
                "Hanne Kirk",
                "Formand");
        HearingStatement imported = new StatementImporter()
                .importText(source, "solbakken.txt").statement();
        assertThat(imported.points()).isNotEmpty();
        byte[] pdf = ENGINE.render(imported, OutputFormat.PDF);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        for (String sentence : List.of("Beboerlicens bør koste det samme i hele byen",
                "Skiltningen ved skolen skal gøres tydeligere", "Vi er imod betaling om søndagen",
                "Cykelparkering ved stationen udvides", "Ladestandere placeres ved p-pladsen på Torvet",
                "Grundejerforeningen Solbakken har læst strategien med interesse.")) {
            assertThat(text.split(java.util.regex.Pattern.quote(sentence), -1)).as(sentence).hasSize(2);
        }
        assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).isNotEmpty();
    }
}
