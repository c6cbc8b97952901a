package dk.hoeringssvar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dk.hoeringssvar.render.pdf.VeraPdf;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --publish} on the sample packet: the personal data in the samples is gone, the log has it. */
class PublishCommandTest {

    /** What the samples carry: a citizen's phone, e-mail and street, another's CPR, a chairman's phone and e-mail in a received PDF. */
    private static final List<String> SAMPLE_DATA = List.of("42 17 63 08", "inger.boegh@example.dk",
            "Præstevænget 11", "230481-2647", "51 84 27 39", "jens.overgaard@example.dk");

    @TempDir
    static Path out;

    private static CliRun pdfRun;

    @BeforeAll
    static void publish() {
        pdfRun = CliRun.of("packet", "samples/udvalgspakke.json", "-o", out.resolve("offentlig.pdf").toString(),
                "--publish");
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void thePublishedPacketHoldsNoneOfTheSamplesPersonalDataAndIsStillPdfAAndPdfUa() throws Exception {
        assertThat(pdfRun.status()).as(pdfRun.err()).isZero();
        assertThat(pdfRun.err()).as("the cleaned received PDFs keep their PDF/A claim").doesNotContain("warning");
        byte[] pdf = Files.readAllBytes(out.resolve("offentlig.pdf"));
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        for (String planted : SAMPLE_DATA) {
            assertThat(squeezed(text)).as(planted).doesNotContain(squeezed(planted));
        }
        assertThat(text).contains("[fjernet]", "Skolegade 8", "Inger Bøgh Thomsen");
        assertThat(VeraPdf.pdfA2uFailures(pdf)).as("PDF/A-2u").isEmpty();
        assertThat(VeraPdf.pdfUa1Failures(pdf)).as("PDF/UA-1").isEmpty();
    }

    @Test
    void theLogIsWrittenBesideItAsJsonAndHtmlWithWhatWasRemoved() throws Exception {
        assertThat(pdfRun.out()).contains("offentlig.redaktionslog.json", "offentlig.redaktionslog.html");
        String json = Files.readString(out.resolve("offentlig.redaktionslog.json"), StandardCharsets.UTF_8);
        String html = Files.readString(out.resolve("offentlig.redaktionslog.html"), StandardCharsets.UTF_8);
        for (String planted : SAMPLE_DATA) {
            assertThat(json).as(planted).contains(planted);
            assertThat(html).as(planted).contains(planted);
        }
        assertThat(json).contains("«brugergruppen-aabningstider.pdf», side 1");
    }

    @Test
    void theDocxCopyIsCleanTooAndTheInternalCopyIsNot() throws Exception {
        Path docx = out.resolve("offentlig.docx");
        CliRun run = CliRun.of("packet", "samples/udvalgspakke.json", "-o", docx.toString(), "--publish");
        assertThat(run.status()).as(run.err()).isZero();
        Path internal = out.resolve("intern.docx");
        assertThat(CliRun.of("packet", "samples/udvalgspakke.json", "-o", internal.toString()).status()).isZero();
        assertThat(Files.exists(out.resolve("intern.redaktionslog.json"))).isFalse();
        String published = squeezed(docxText(docx));
        String whole = squeezed(docxText(internal));
        for (String planted : List.of("42 17 63 08", "inger.boegh@example.dk", "Præstevænget 11", "230481-2647")) {
            assertThat(published).as(planted).doesNotContain(squeezed(planted));
            assertThat(whole).as(planted).contains(squeezed(planted));
        }
    }

    @Test
    void aPolicyFileAddsRulesAndABadOneIsNamed() throws Exception {
        Path policy = out.resolve("regler.json");
        Files.writeString(policy, "{\"names\": [\"Inger Bøgh Thomsen\"], \"keep\": [\"42 17 63 08\"]}");
        Path target = out.resolve("statement.html");
        CliRun run = CliRun.of("render", "samples/statements/12-borger-loerdagsaabent-vestby.json", "-o",
                target.toString(), "--publish", "--policy", policy.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String html = Files.readString(target, StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("Inger Bøgh Thomsen", "inger.boegh@example.dk").contains("42 17 63 08");

        Files.writeString(policy, "{\"remove\": {\"sagsakt\": \"([\"}}");
        CliRun bad = CliRun.of("render", "samples/statements/12-borger-loerdagsaabent-vestby.json", "-o",
                out.resolve("bad.html").toString(), "--publish", "--policy", policy.toString());
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("regler.json", "sagsakt", "not a valid pattern");
        assertThat(Files.exists(out.resolve("bad.html"))).isFalse();
    }

    private static String docxText(Path file) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(file));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }
}
