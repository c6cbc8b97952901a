package dk.hoeringssvar.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.fixtures.CorpusShapes;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.TestImages;
import dk.hoeringssvar.testing.Statements;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HoeringssvarJsonTest {

    private final HoeringssvarJson json = new HoeringssvarJson();

    static Stream<Arguments> statements() {
        return Stream.of(
                Arguments.of("compact", (Supplier<HearingStatement>) Statements::compact),
                Arguments.of("employee committee letter", (Supplier<HearingStatement>) CorpusShapes::employeeCommitteeLetter),
                Arguments.of("minutes excerpts", (Supplier<HearingStatement>) CorpusShapes::minutesExcerpts),
                Arguments.of("main statement with annexes", (Supplier<HearingStatement>) CorpusShapes::mainStatementWithAnnexes),
                Arguments.of("every block kind", (Supplier<HearingStatement>) CorpusShapes::everyBlockKind));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void modelToJsonToModelIsEqual(String name, Supplier<HearingStatement> statement) {
        HearingStatement original = statement.get();
        String text = json.writeStatement(original);
        assertThat(json.readStatement(text, name, null)).isEqualTo(original);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statements")
    void writtenJsonFollowsTheSchema(String name, Supplier<HearingStatement> statement) {
        assertThat(SchemaCheck.problems(json.writeStatement(statement.get()))).isEmpty();
    }

    @Test
    void datesAreIsoAndEnumsLowerCaseWords() {
        String text = json.writeStatement(Statements.compact());
        assertThat(text).contains("\"date\" : \"2015-11-05\"", "\"position\" : \"support-with-remarks\"",
                "\"kind\" : \"employee-committee\"", "\"stance\" : \"concern\"", "\"type\" : \"bullet-list\"",
                "\"startTime\" : \"11:00:00\"");
        assertThat(text).doesNotContain("SUPPORT", "null", "\"kind\" : \"HEADING\"");
    }

    @Test
    void richTextIsAStringWhenPlainAndRunsWhenStyled() {
        String text = json.writeStatement(Statements.compact());
        assertThat(text).contains("\"text\" : \"vig\",\n      \"bold\" : true");
        assertThat(text).contains("\"items\" : [ \"Klare roller\", \"Plads til fleksibilitet\" ]");
    }

    @Test
    void aNumberedListWithoutStartStartsAtOne() {
        HearingStatement s = json.readStatement("""
                {"senders": [{"name": "A", "kind": "citizen"}], "title": "T",
                 "body": [{"type": "numbered-list", "items": ["en", "to"]}]}""", "test", null);
        assertThat(((BodyBlock.NumberedList) s.body().get(0)).start()).isEqualTo(1);
    }

    @Test
    void aMinimalStatementReads() {
        HearingStatement s = json.readStatement("""
                {"senders": [{"name": "Dansk Cyklistforbund", "kind": "association"}],
                 "title": "Høringssvar", "position": "no-remarks"}""", "test", null);
        assertThat(s.position()).isEqualTo(Position.NO_REMARKS);
        assertThat(s.body()).isEmpty();
    }

    @Test
    void imagesFromFilesResolveBesideTheJsonFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("figurer"));
        Files.write(dir.resolve("figurer/tidslinje.png"), TestImages.pngBytes(30, 10));
        Path file = dir.resolve("svar.json");
        Files.writeString(file, """
                {"senders": [{"name": "A", "kind": "citizen"}], "title": "T",
                 "body": [{"type": "figure", "image": {"file": "figurer/tidslinje.png"}, "altText": "Tidslinje"}]}""");
        HearingStatement s = json.readStatement(file);
        assertThat(((BodyBlock.Figure) s.body().get(0)).image().widthPx()).isEqualTo(30);
        assertThat(json.writeStatement(s)).contains("\"data\" : \"iVBOR");
    }

    @Test
    void anImagePathCannotLeaveTheJsonFilesFolder(@TempDir Path dir) throws Exception {
        Path inner = Files.createDirectories(dir.resolve("svar"));
        Files.write(dir.resolve("hemmelig.png"), TestImages.pngBytes(3, 3));
        Path file = inner.resolve("svar.json");
        Files.writeString(file, """
                {"senders": [{"name": "A", "kind": "citizen"}], "title": "T",
                 "body": [{"type": "figure", "image": {"file": "../hemmelig.png"}, "altText": "x"}]}""");
        assertThatThrownBy(() -> json.readStatement(file))
                .isInstanceOf(JsonFormatException.class)
                .hasMessageContaining("$.body[0].image: \"../hemmelig.png\" must be a path inside the JSON file's folder");
    }

    @Test
    void writingToAFileIsAtomicAndReadsBack(@TempDir Path dir) {
        Path file = dir.resolve("ud/svar.json");
        json.writeStatement(Statements.compact(), file);
        assertThat(json.readStatement(file)).isEqualTo(Statements.compact());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> json.readStatement(dir.resolve("findes-ikke.json")))
                .hasMessageEndingWith("findes-ikke.json: no such file");
    }

    @Test
    void everyBodyBlockKindHasItsJsonTypeName() {
        String text = json.writeStatement(CorpusShapes.everyBlockKind());
        for (BodyBlock.Kind kind : BodyBlock.Kind.values()) {
            assertThat(text).contains("\"type\" : \"" + EnumNames.toJson(kind) + "\"");
        }
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "{\"senders\": [{\"name\": \"A\", \"kind\": \"citizen\"}], \"titel\": \"T\"}",
            "{\"senders\": [], \"title\": \"T\"}",
            "{\"senders\": [{\"name\": \"A\", \"kind\": \"borger\"}], \"title\": \"T\"}",
            "{\"senders\": [{\"name\": \"A\", \"kind\": \"citizen\"}], \"title\": \" \"}",
            "{\"senders\": [{\"name\": \"A\", \"kind\": \"citizen\"}], \"title\": \"T\", \"date\": \"5/11 2015\"}",
            "{\"senders\": [{\"name\": \"A\", \"kind\": \"citizen\"}], \"title\": \"T\", \"body\": [{\"type\": \"paragraf\", \"text\": \"x\"}]}",
            "{\"senders\": [{\"name\": \"A\", \"kind\": \"citizen\"}], \"title\": \"T\", \"body\": [{\"type\": \"heading\", \"level\": 3, \"text\": \"x\"}]}",
            "{\"senders\": [{\"name\": \"A\", \"kind\": \"citizen\"}], \"title\": \"T\", \"body\": [{\"type\": \"paragraph\", \"text\": \"x\", \"level\": 1}]}"
    })
    void theSchemaRejectsWhatTheReaderRejects(String text) {
        assertThat(SchemaCheck.problems(text)).isNotEmpty();
        assertThatThrownBy(() -> json.readStatement(text, "svar.json", null)).isInstanceOf(JsonFormatException.class);
    }

    @Test
    void theSchemaShipsInTheJar() {
        assertThat(HoeringssvarJson.statementSchema()).contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
        assertThat(new String(Arrays.copyOf(HoeringssvarJson.statementSchema().getBytes(StandardCharsets.UTF_8), 1)))
                .isEqualTo("{");
    }
}
