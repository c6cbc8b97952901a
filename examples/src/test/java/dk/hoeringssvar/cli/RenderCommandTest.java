package dk.hoeringssvar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {

    static final Path SAMPLES = Path.of("samples", "statements");
    static final Path SAMPLE = SAMPLES.resolve("02-skoleledelse-og-lokalmed-skolestruktur.json");

    @TempDir
    Path dir;

    @Test
    void theExtensionOfOutNamesTheFormat() throws IOException {
        for (String ext : new String[] {"pdf", "docx", "html"}) {
            Path out = dir.resolve("svar." + ext);
            CliRun run = CliRun.of("render", SAMPLE.toString(), "-o", out.toString());
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).contains("wrote " + out);
        }
        assertThat(head(dir.resolve("svar.pdf"), 5)).isEqualTo("%PDF-");
        assertThat(head(dir.resolve("svar.docx"), 2)).isEqualTo("PK");
        assertThat(head(dir.resolve("svar.html"), 15)).isEqualTo("<!DOCTYPE html>");
    }

    @Test
    void formatOverridesTheExtension() throws IOException {
        Path out = dir.resolve("svar.bin");
        assertThat(CliRun.of("render", SAMPLE.toString(), "-o", out.toString(), "--format", "DOCX").status()).isZero();
        assertThat(head(out, 2)).isEqualTo("PK");
    }

    @Test
    void aFolderOfInputsGoesToAnOutputFolderInEveryFormatAsked() {
        Path out = dir.resolve("ud");
        CliRun run = CliRun.of("render", SAMPLES.toString(), "--out-dir", out.toString(), "-f", "pdf", "-f", "html");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(out.resolve("01-fagmed-klimaplan.pdf")).isNotEmptyFile();
        assertThat(out.resolve("04-forening-trafikplan.html")).isNotEmptyFile();
        assertThat(out.resolve("04-forening-trafikplan.docx")).doesNotExist();
    }

    @Test
    void badInputIsExitOneNamesFilePathAndReasonAndWritesNothing() throws IOException {
        Path in = Files.createDirectory(dir.resolve("ind"));
        Files.copy(SAMPLE, in.resolve("a-god.json"));
        Files.writeString(in.resolve("b-daarlig.json"), """
                {"senders": [{"name": "Ældrerådet", "kind": "association"}],
                 "title": "Høringssvar", "position": "for"}
                """);
        Path out = dir.resolve("ud");
        CliRun run = CliRun.of("render", in.toString(), "--out-dir", out.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(in.resolve("b-daarlig.json") + ": $.position: \"for\" is not one of: "
                + "support, support-with-remarks, concern, opposition, no-remarks (line 2, column 38)");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingInputIsExitOne() {
        CliRun run = CliRun.of("render", dir.resolve("findes-ikke.json").toString(), "-o", dir.resolve("x.pdf").toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("findes-ikke.json: no such file or folder");
    }

    @Test
    void wrongUsageIsExitTwo() {
        String out = dir.resolve("x.pdf").toString();
        assertThat(CliRun.of("render", SAMPLE.toString()).err()).contains("name the output");
        assertThat(CliRun.of("render", SAMPLE.toString()).status()).isEqualTo(2);
        assertThat(CliRun.of("render", SAMPLE.toString(), "-o", out, "--out-dir", dir.toString()).status()).isEqualTo(2);
        assertThat(CliRun.of("render", SAMPLES.toString(), "-o", out).err()).contains("-o takes one input, got 13");
        assertThat(CliRun.of("render", SAMPLE.toString(), "-o", dir.resolve("x.odt").toString()).status()).isEqualTo(2);
        assertThat(CliRun.of("render", SAMPLE.toString(), "-o", out, "--format", "odt").status()).isEqualTo(2);
        assertThat(CliRun.of("render", SAMPLE.toString(), "-o", out, "--lang", "de").status()).isEqualTo(2);
        assertThat(CliRun.of("render", "--no-such-option").status()).isEqualTo(2);
        assertThat(CliRun.of().status()).isEqualTo(2);
        assertThat(CliRun.of("print").status()).isEqualTo(2);
        try (Stream<Path> files = list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void englishLabels() throws IOException {
        Path out = dir.resolve("svar.html");
        assertThat(CliRun.of("render", SAMPLE.toString(), "-o", out.toString(), "--lang", "en").status()).isZero();
        assertThat(Files.readString(out)).contains("<html lang=\"en-GB\">", ">To ").doesNotContain(">Til ");
    }

    @Test
    void templatesFromAFolder() throws IOException {
        Path templates = Files.createDirectory(dir.resolve("skabeloner"));
        Files.writeString(templates.resolve("hoeringssvar.ftlx"), """
                <#ftl output_format="XML">
                <document title="${statement.title}"><body><h1>Aarby: ${statement.title}</h1></body></document>
                """);
        Path out = dir.resolve("svar.html");
        CliRun run = CliRun.of("render", SAMPLE.toString(), "-o", out.toString(), "--template", templates.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("<h1>Aarby: Tilbagemelding");
    }

    @Test
    void documentDatesComeFromSourceDateEpochOrTheStatement() throws IOException {
        Path a = dir.resolve("a.html");
        Path b = dir.resolve("b.html");
        CliRun.of(Map.of("SOURCE_DATE_EPOCH", "1700000000"), "render", SAMPLE.toString(), "-o", a.toString());
        CliRun.of("render", SAMPLE.toString(), "-o", b.toString());
        assertThat(Files.readString(a)).contains("content=\"2023-11-14T22:13:20Z\"");
        assertThat(Files.readString(b)).contains("content=\"2026-04-20T12:00:00Z\"");
        assertThat(CliRun.of(Map.of("SOURCE_DATE_EPOCH", "i går"), "render", SAMPLE.toString(), "-o", a.toString()).err())
                .contains("SOURCE_DATE_EPOCH must be whole seconds");
    }

    @Test
    void theSameInputGivesTheSameFiles() throws IOException {
        for (String ext : new String[] {"pdf", "docx", "html"}) {
            Path a = dir.resolve("a." + ext);
            Path b = dir.resolve("b." + ext);
            CliRun.of("render", SAMPLE.toString(), "-o", a.toString());
            CliRun.of("render", SAMPLE.toString(), "-o", b.toString());
            assertThat(Files.readAllBytes(a)).as(ext).isEqualTo(Files.readAllBytes(b));
        }
    }

    private static String head(Path file, int n) throws IOException {
        return new String(Arrays.copyOf(Files.readAllBytes(file), n), StandardCharsets.ISO_8859_1);
    }

    private static Stream<Path> list(Path dir) {
        try {
            return Files.list(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
