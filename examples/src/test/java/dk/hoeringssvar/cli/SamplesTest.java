package dk.hoeringssvar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.hoeringssvar.json.HoeringssvarJson;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample statements in {@code examples/samples}: valid, stable through a round trip, and covering the corpus shapes. */
class SamplesTest {

    private static final HoeringssvarJson JSON = new HoeringssvarJson();

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples", "statements"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void jsonToModelToJsonIsEqual(Path sample) throws IOException {
        HearingStatement statement = JSON.readStatement(sample);
        ObjectMapper plain = new ObjectMapper();
        assertThat(plain.readTree(JSON.writeStatement(statement))).isEqualTo(plain.readTree(Files.readString(sample)));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void followsTheSchema(Path sample) throws IOException {
        assertThat(new SchemaValidator().problems(Files.readString(sample), sample.toString())).isEmpty();
    }

    @Test
    void theSamplesCoverTheCorpusShapes() throws IOException {
        List<HearingStatement> all = samples().map(JSON::readStatement).toList();
        assertThat(all).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all).anySatisfy(s -> assertThat(s.meeting()).isNotNull());
        assertThat(all).anySatisfy(s -> {
            assertThat(s.senders()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(s.body()).anyMatch(b -> b instanceof BodyBlock.Quotation);
        });
        assertThat(all).anySatisfy(s -> assertThat(s.annexes()).anySatisfy(annex ->
                assertThat(annex.statements()).anySatisfy(inner -> assertThat(inner.annexes()).isNotEmpty())));
    }
}
