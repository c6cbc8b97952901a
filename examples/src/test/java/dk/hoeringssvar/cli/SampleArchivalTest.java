package dk.hoeringssvar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.render.pdf.VeraPdf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every sample output the main job writes as PDF passes veraPDF: PDF/A-2u and PDF/UA-1, no failed rule. */
class SampleArchivalTest {

    @TempDir
    static Path out;

    static Stream<String> samples() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("samples", "statements"))) {
            List<String> statements = files.map(p -> p.getFileName().toString()).sorted().toList();
            return Stream.concat(statements.stream().map(s -> "statements/" + s),
                    Stream.of("samlede-hoeringssvar.json", "udvalgspakke.json"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void passesPdfA2uAndPdfUa1(String sample) throws Exception {
        Path pdf = out.resolve(sample.replace('/', '-').replace(".json", ".pdf"));
        String command = sample.startsWith("statements/") ? "render" : sample.startsWith("udvalgs") ? "packet" : "bundle";
        CliRun run = CliRun.of(command, "samples/" + sample, "-o", pdf.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).as("no warning: every received sample PDF is PDF/A").doesNotContain("warning");
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(VeraPdf.pdfA2uFailures(bytes)).as("PDF/A-2u").isEmpty();
        assertThat(VeraPdf.pdfUa1Failures(bytes)).as("PDF/UA-1").isEmpty();
    }
}
