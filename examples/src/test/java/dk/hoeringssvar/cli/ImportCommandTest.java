package dk.hoeringssvar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.json.HoeringssvarJson;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Signatory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    Path received;

    @BeforeEach
    void writeReceivedStatement() throws IOException {
        received = Files.writeString(dir.resolve("fagmed.txt"), """
                Til Beskæftigelsesudvalget

                Høringssvar fra FagMED Jobcentret vedr. beskæftigelsesplan 2027

                d. 3. december 2026

                FagMED bakker op om planen, men er bekymret for, om der er tid nok til de mange samtaler med
                borgerne, når a-
                kassen også skal inddrages.

                Side 1 af 1

                Med venlig hilsen

                Bo Hansen          Ida Holm
                Formand            Næstformand
                """);
    }

    @Test
    void importsToJson() throws IOException {
        Path out = dir.resolve("fagmed.json");
        CliRun run = CliRun.of("import", received.toString(), "-o", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote " + out).contains("--report for details");
        HearingStatement s = new HoeringssvarJson().readStatement(out);
        assertThat(s.title()).isEqualTo("Høringssvar fra FagMED Jobcentret vedr. beskæftigelsesplan 2027");
        assertThat(s.recipient()).isEqualTo("Beskæftigelsesudvalget");
        assertThat(s.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(s.signatories()).containsExactly(new Signatory("Bo Hansen", "Formand"), new Signatory("Ida Holm", "Næstformand"));
        assertThat(Files.readString(out)).contains("når a-kassen også skal inddrages").doesNotContain("Side 1 af 1");
    }

    @Test
    void importsStraightToPdfDocxAndHtml() throws IOException {
        for (String ext : new String[] {"pdf", "docx", "html"}) {
            Path out = dir.resolve("fagmed." + ext);
            CliRun run = CliRun.of("import", received.toString(), "-o", out.toString());
            assertThat(run.status()).as(run.err()).isZero();
        }
        assertThat(head(dir.resolve("fagmed.pdf"), 5)).isEqualTo("%PDF-");
        assertThat(head(dir.resolve("fagmed.docx"), 2)).isEqualTo("PK");
        assertThat(Files.readString(dir.resolve("fagmed.html"))).contains("Høringssvar fra FagMED Jobcentret");
    }

    @Test
    void theReportGoesToStandardOutput() {
        CliRun run = CliRun.of("import", received.toString(), "-o", dir.resolve("x.json").toString(), "--report");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Recognised:", "recipient = Beskæftigelsesudvalget [line 1]",
                "page number dropped [line 11]: Side 1 af 1", "hyphenation joined", "Unsure:")
                .doesNotContain("--report for details");
    }

    @Test
    void anUnreadableFileIsExitOneNamingItAndNothingIsWritten() throws IOException {
        Path empty = Files.write(dir.resolve("tom.pdf"), new byte[0]);
        Path out = dir.resolve("tom.json");
        CliRun run = CliRun.of("import", empty.toString(), "-o", out.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(empty + ": the file is empty");
        assertThat(out).doesNotExist();

        Path broken = Files.write(dir.resolve("ødelagt.pdf"), "%PDF-1.4\nnot really".getBytes(StandardCharsets.ISO_8859_1));
        CliRun corrupt = CliRun.of("import", broken.toString(), "-o", out.toString());
        assertThat(corrupt.status()).isEqualTo(1);
        assertThat(corrupt.err()).startsWith(broken + ": not a readable PDF");

        CliRun missing = CliRun.of("import", dir.resolve("findes-ikke.docx").toString(), "-o", out.toString());
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err()).contains("findes-ikke.docx: cannot read the file");
        assertThat(out).doesNotExist();
    }

    @Test
    void wrongUsageIsExitTwo() throws IOException {
        assertThat(CliRun.of("import", received.toString()).status()).isEqualTo(2);
        CliRun odt = CliRun.of("import", received.toString(), "-o", dir.resolve("x.odt").toString());
        assertThat(odt.status()).isEqualTo(2);
        assertThat(odt.err()).contains("use .json, .pdf, .docx or .html");
        assertThat(CliRun.of("import", "-o", dir.resolve("x.json").toString()).status()).isEqualTo(2);
        assertThat(CliRun.of("import", received.toString(), "-o", "x.json", "--lang", "de").status()).isEqualTo(2);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(received);
        }
    }

    @Test
    void helpShowsExamples() {
        CliRun help = CliRun.of("import", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("Usage: hoeringssvar import", "Examples:", "--report");
        assertThat(CliRun.of("--help").out()).contains("import", "hoeringssvar import indkomne/fagmed.pdf -o fagmed.json");
    }

    private static String head(Path file, int n) throws IOException {
        return new String(Arrays.copyOf(Files.readAllBytes(file), n), StandardCharsets.ISO_8859_1);
    }
}
