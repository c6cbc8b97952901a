package dk.hoeringssvar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleAndPacketCommandTest {

    static final String BUNDLE = "samples/samlede-hoeringssvar.json";
    static final String PACKET = "samples/udvalgspakke.json";

    @TempDir
    Path dir;

    @Test
    void aBundleIsWrittenAsPdfDocxTheNotatAsHtmlAndItsWorksheetAsXlsx() throws Exception {
        for (String name : new String[] {"b.pdf", "b.docx", "notat.html", "notat.xlsx"}) {
            CliRun run = CliRun.of("bundle", BUNDLE, "-o", dir.resolve(name).toString());
            assertThat(run.status()).as(name + ": " + run.err()).isZero();
            assertThat(run.err()).as("no progress bar when stderr is not a terminal").isEmpty();
            assertThat(dir.resolve(name)).isNotEmptyFile();
        }
        assertThat(Files.readString(dir.resolve("notat.html"))).contains("<h1>Høringsnotat</h1>", "<svg");
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(dir.resolve("b.docx")));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertThat(text.getText()).contains("Samlede høringssvar", "Bilag 12: ");
        }
    }

    @Test
    void commentsWrittenInTheWorksheetReachThePacket() throws Exception {
        Path workbook = dir.resolve("notat.xlsx");
        assertThat(CliRun.of("bundle", BUNDLE, "-o", workbook.toString()).status()).isZero();
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            int comment = header.getLastCellNum() - 1;
            sheet.getRow(1).getCell(comment, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue("Skrevet i regnearket – «æøå».");
            try (OutputStream out = Files.newOutputStream(workbook)) {
                book.write(out);
            }
        }
        Path packet = dir.resolve("pakke.docx");
        CliRun run = CliRun.of("packet", PACKET, "-o", packet.toString(), "--comments", workbook.toString());
        assertThat(run.status()).as(run.err()).isZero();
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(packet));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            String all = text.getText() + docx.getTables().stream().map(t -> t.getText()).collect(Collectors.joining());
            assertThat(all).contains("Skrevet i regnearket – «æøå».", "Indstilling", "Bilag 2.12");
        }
    }

    @Test
    void theProgressBarCanBeAskedFor() {
        CliRun run = CliRun.of("bundle", BUNDLE, "-o", dir.resolve("b.pdf").toString(), "--progress");
        assertThat(run.status()).isZero();
        assertThat(run.err()).contains("] 1/12 høringssvar", "[##############################] 12/12 høringssvar");
    }

    @Test
    void theProgressBarCountsEveryStatementInTurnWhateverTheThreads() {
        for (String threads : new String[] {"1", "3"}) {
            CliRun run = CliRun.of("bundle", BUNDLE, "-o", dir.resolve("b" + threads + ".pdf").toString(), "--progress",
                    "--threads", threads);
            assertThat(run.status()).as(run.err()).isZero();
            for (int done = 1; done <= 12; done++) {
                assertThat(run.err()).as("%s threads", threads).contains("] " + done + "/12 høringssvar");
            }
        }
    }

    @Test
    void theLayoutThreadsDoNotChangeTheFileAndMustBeAtLeastOne() throws Exception {
        Path one = dir.resolve("one.pdf");
        Path three = dir.resolve("three.pdf");
        assertThat(CliRun.of("bundle", BUNDLE, "-o", one.toString(), "--threads", "1").status()).isZero();
        assertThat(CliRun.of("bundle", BUNDLE, "-o", three.toString(), "--threads", "3").status()).isZero();
        assertThat(Files.readAllBytes(three)).isEqualTo(Files.readAllBytes(one));
        CliRun zero = CliRun.of("bundle", BUNDLE, "-o", dir.resolve("zero.pdf").toString(), "--threads", "0");
        assertThat(zero.status()).isEqualTo(2);
        assertThat(zero.err()).contains("--threads must be at least 1, was 0");
        assertThat(dir.resolve("zero.pdf")).doesNotExist();
    }

    @Test
    void aBundleThatNamesAMissingFileIsExitOneAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bundle.json");
        Files.writeString(bad, """
                {"hearing": {"title": "Forslag"}, "items": [{"file": "indkomne/mangler.pdf", "title": "T",
                 "sender": {"name": "A", "kind": "citizen"}}]}""");
        Path out = dir.resolve("b.pdf");
        CliRun run = CliRun.of("bundle", bad.toString(), "-o", out.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo(bad + ": $.items[0].file: no such file \"indkomne/mangler.pdf\"");
        assertThat(out).doesNotExist();
    }

    @Test
    void aReceivedPdfThatIsNotPdfAIsAWarningAndStrictMakesItAnError() throws Exception {
        Files.createDirectories(dir.resolve("indkomne"));
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(dir.resolve("indkomne/scan.pdf").toFile());
        }
        Files.copy(Path.of("samples/statements/07-aeldreraadet.json"), dir.resolve("svar.json"));
        Path bundle = Files.writeString(dir.resolve("bundle.json"), """
                {"hearing": {"title": "Forslag"}, "items": [{"statementFile": "svar.json"},
                 {"file": "indkomne/scan.pdf", "title": "Indscannet svar", "sender": {"name": "B", "kind": "citizen"}}]}""");
        CliRun run = CliRun.of("bundle", bundle.toString(), "-o", dir.resolve("b.pdf").toString());
        assertThat(run.status()).isZero();
        assertThat(run.err()).startsWith("warning: ").contains("scan.pdf");
        CliRun strict = CliRun.of("bundle", bundle.toString(), "-o", dir.resolve("s.pdf").toString(), "--strict");
        assertThat(strict.status()).isEqualTo(1);
        assertThat(strict.err()).contains("scan.pdf");
        assertThat(dir.resolve("s.pdf")).doesNotExist();
    }

    @Test
    void formatsThatCannotHoldABundleOrPacketAreWrongUsage() {
        assertThat(CliRun.of("bundle", BUNDLE, "-o", dir.resolve("b.odt").toString()).status()).isEqualTo(2);
        CliRun run = CliRun.of("packet", PACKET, "-o", dir.resolve("p.html").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("use pdf, docx");
    }
}
