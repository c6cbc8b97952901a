package dk.hoeringssvar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidateAndSchemaCommandTest {

    @TempDir
    Path dir;

    @Test
    void validSamplesAreOk() {
        CliRun run = CliRun.of("validate", "samples/statements");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out().lines()).hasSize(13).allMatch(line -> line.endsWith(": OK"));
    }

    @Test
    void everyProblemOfAFileIsListedWithPathAndLine() throws IOException {
        Path bad = dir.resolve("svar.json");
        Files.writeString(bad, """
                {
                  "senders": [{"name": "Ældrerådet", "kind": "forening"}],
                  "title": "",
                  "date": "5. november 2015",
                  "body": [{"type": "heading", "level": 4, "text": "Generelt"}],
                  "titel": "Høringssvar"
                }
                """);
        CliRun run = CliRun.of("validate", bad.toString(), "samples/statements/01-fagmed-klimaplan.json");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("01-fagmed-klimaplan.json: OK");
        assertThat(run.err()).contains(
                bad + ": $.senders[0].kind: ", "(line 2, column 46)",
                bad + ": $.title: ", "(line 3, column 12)",
                bad + ": $.date: ", "(line 4, column 11)",
                bad + ": $.body[0].level: ", "(line 5, column 41)",
                bad + ": $.titel: property 'titel' is not defined in the schema", "(line 6, column 12)");
    }

    @Test
    void rulesBeyondTheSchemaAreCheckedByReadingTheModel() throws IOException {
        Path bad = dir.resolve("tabel.json");
        Files.writeString(bad, """
                {"senders": [{"name": "A", "kind": "citizen"}], "title": "T",
                 "body": [{"type": "table", "header": ["A", "B"], "rows": [["1"]]}]}
                """);
        CliRun run = CliRun.of("validate", bad.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(bad + ": $.body[0].rows[0]: has 1 cells, the header has 2 (line 2, column 66)");
    }

    @Test
    void schemaPrintsTheJsonSchema() throws IOException {
        CliRun run = CliRun.of("schema");
        assertThat(run.status()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "render", "validate", "schema"})
    void everyCommandHasHelpWithAnExample(String command) {
        CliRun run = command.isEmpty() ? CliRun.of("--help") : CliRun.of(command, "--help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: hoeringssvar").containsPattern("Examples?:\\n  hoeringssvar ");
    }
}
