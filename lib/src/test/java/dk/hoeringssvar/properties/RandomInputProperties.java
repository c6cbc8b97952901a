package dk.hoeringssvar.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.OutputFormat;
import dk.hoeringssvar.importer.StatementImporter;
import dk.hoeringssvar.json.HoeringssvarJson;
import dk.hoeringssvar.markup.MarkupParser;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.SenderKind;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random input: nothing escapes but the library's own exception type. */
class RandomInputProperties {

    private static final MarkupParser PARSER = new MarkupParser();
    private static final DocumentEngine ENGINE = DocumentEngine.builder().build();
    private static final HoeringssvarJson JSON = new HoeringssvarJson();
    private static final StatementImporter IMPORTER = new StatementImporter();

    @Provide
    Arbitrary<String> markupish() {
        Arbitrary<String> pieces = Arbitraries.of("<document>", "</document>", "<body>", "</body>", "<p>", "</p>",
                "<p class=\"date\">", "<ul>", "<li>", "</li>", "</ul>", "<ol start=\"x\">", "<b>", "</b>", "<i>",
                "</i>", "<br/>", "<table weights=\"1 2\">", "<tr>", "<td>", "</td>", "</tr>", "</table>", "<h1>",
                "</h1>", "<figure>", "<img src=\"data:image/png;base64,AAAA\" alt=\"a\"/>", "</figure>", "<chart alt=\"a\">",
                "<category>x</category>", "<series name=\"s\">1</series>", "</chart>", "&amp;", "&lt;", "&bogus;",
                "<!DOCTYPE x>", "<![CDATA[<b>]]>", "<!-- -->", "æøå", " ", "\n", "<", ">", "\"", "'", "${x}");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }

    @Property(tries = 400)
    void theMarkupParserThrowsOnlyItsOwnException(@ForAll("markupish") String markup) {
        try {
            PARSER.parse(markup);
        } catch (HoeringssvarException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 300)
    void theMarkupParserSurvivesArbitraryText(@ForAll String text) {
        try {
            PARSER.parse(text);
        } catch (HoeringssvarException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Property(tries = 200)
    void anyTextIsEitherRejectedByNameOrRenderedLiterally(@ForAll String text) {
        HearingStatement statement;
        try {
            statement = HearingStatement.builder().sender("Ældrerådet", SenderKind.ASSOCIATION).title("Svar")
                    .paragraph(text).build();
        } catch (InvalidModelException rejected) {
            assertThat(rejected.field()).isEqualTo("TextRun.text");
            return;
        }
        String html = new String(ENGINE.render(statement, OutputFormat.HTML), StandardCharsets.UTF_8);
        assertThat(html).contains("<p class=\"hs-body\">");
        assertThat(JSON.readStatement(JSON.writeStatement(statement), "rundtur", null)).isEqualTo(statement);
    }

    @Property(tries = 300)
    void theJsonReaderThrowsOnlyItsOwnException(@ForAll("jsonish") String json) {
        try {
            JSON.readStatement(json, "tilfældig.json", null);
        } catch (HoeringssvarException expected) {
            assertThat(expected.getMessage()).startsWith("tilfældig.json");
        }
    }

    @Property(tries = 300)
    void theImporterTurnsAnyTextIntoAStatementOrNamesTheProblem(@ForAll("letterish") String text) {
        try {
            HearingStatement statement = IMPORTER.importText(text, "modtaget.txt").statement();
            assertThat(statement.title()).isNotBlank();
            assertThat(statement.senders()).isNotEmpty();
        } catch (HoeringssvarException expected) {
            assertThat(expected.getMessage()).contains("modtaget.txt");
        }
    }

    @Property(tries = 200)
    void theImporterSurvivesArbitraryText(@ForAll String text) {
        try {
            IMPORTER.importText(text, "modtaget.txt");
        } catch (HoeringssvarException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    /** Lines that look like parts of a Danish letter, in random order. */
    @Provide
    Arbitrary<String> letterish() {
        Arbitrary<String> lines = Arbitraries.of("Til Kultur- og Fritidsudvalget", "Høringssvar vedr. forslaget",
                "SVAR PÅ HØRING AF PLANEN", "Skibby, den 23. september 2014", "01-08-2025", "20.juni 2023",
                "Sagsnr. 26/02210", "Fra: Ældrerådet", "Emne: Høringssvar", "Bilag: Høringssvar fra centrene",
                "• Et punkt", " Andet punkt", "- tredje", "* fjerde", "1. Første", "2. Anden", "Til § 3, stk. 7:",
                "Ad § 1", "”Referat fra mødet.”", "Mødedato Torsdag den 5. november 2015", "Tid", "Kl. 11.00-12.00",
                "Med venlig hilsen", "Mvh", "Formand   Næstformand", "Bo Jensen   Ida Holm", "m øde om beskæft igelsen",
                "a-kasse og CV-samtale", "Side 2 af 3", "", "Vi støtter forslaget.", "Vi er bekymrede?", "\f");
        return lines.list().ofMaxSize(30).map(list -> String.join("\n", list).replace("\\f", "\f"));
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> pieces = Arbitraries.of("{", "}", "[", "]", ":", ",", "\"senders\"", "\"title\"", "\"body\"",
                "\"type\"", "\"paragraph\"", "\"name\"", "\"kind\"", "\"citizen\"", "\"x\"", "1", "-1", "1.5e400", "true",
                "null", "\"2015-13-01\"", "\"æøå\"", "\"\\u0000\"", " ");
        return pieces.list().ofMaxSize(40).map(list -> String.join("", list));
    }
}
