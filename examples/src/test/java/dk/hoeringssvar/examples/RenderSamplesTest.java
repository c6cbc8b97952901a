package dk.hoeringssvar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.OutputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderSamplesTest {

    @TempDir
    Path out;

    @Test
    void everySampleIsWrittenInEveryFormat() throws Exception {
        RenderSamples.main(new String[] {out.toString()});
        assertThat(SampleStatements.all()).hasSizeGreaterThanOrEqualTo(4);
        for (SampleStatements.Sample sample : SampleStatements.all()) {
            for (OutputFormat format : OutputFormat.values()) {
                Path file = out.resolve(sample.fileStem() + "." + format.extension());
                assertThat(file).isNotEmptyFile();
            }
        }
        byte[] pdf = Files.readAllBytes(out.resolve(SampleStatements.all().get(0).fileStem() + ".pdf"));
        assertThat(new String(Arrays.copyOf(pdf, 8))).startsWith("%PDF-1.7");
    }

    @Test
    void theSamplesCoverTheCorpusShapes() {
        var statements = SampleStatements.all().stream().map(SampleStatements.Sample::statement).toList();
        assertThat(statements).anySatisfy(s -> assertThat(s.meeting()).isNotNull());
        assertThat(statements).anySatisfy(s -> assertThat(s.senders()).hasSizeGreaterThanOrEqualTo(2));
        assertThat(statements).anySatisfy(s -> assertThat(s.annexes()).isNotEmpty());
    }
}
