package dk.hoeringssvar.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dk.hoeringssvar.DocumentEngine;
import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.Signatory;
import dk.hoeringssvar.model.SignatureArrangement;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF and DOCX made here (by the library's own renderer and by POI) are imported; unreadable files are errors. */
class ImportFormatsTest {

    @TempDir
    Path dir;

    private final StatementImporter importer = new StatementImporter();

    static final String LONG = ("Vi har drøftet planen grundigt i udvalget, og medarbejderne ser gerne, at samtalerne får "
            + "den tid, de kræver. ").repeat(12).strip();

    static HearingStatement statement() {
        return HearingStatement.builder()
                .sender("FagMED for Jobcentret", SenderKind.EMPLOYEE_COMMITTEE)
                .letterhead("Aarby Kommune", "Beskæftigelsesforvaltningen")
                .recipient("Beskæftigelsesudvalget")
                .title("Høringssvar vedr. beskæftigelsesplan 2027")
                .date(LocalDate.of(2026, 11, 20))
                .paragraph("FagMED har drøftet planen og bakker op om hovedlinjerne.")
                .heading("Ressourcer")
                .paragraph(LONG)
                .paragraph(LONG)
                .body(BodyBlock.BulletList.of("Flere samtaler med borgerne", "Tid til CV-samtalen i a-kassen"))
                .signatory("Bo Hansen", "Formand")
                .signatory("Ida Holm", "Næstformand")
                .build();
    }

    private Path render(String name) {
        Path file = dir.resolve(name);
        DocumentEngine.builder().clock(Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC)).build()
                .render(statement(), file);
        return file;
    }

    private static void assertRoundTrip(HearingStatement s) {
        assertThat(s.senders()).extracting(Sender::name, Sender::kind)
                .containsExactly(tuple("FagMED for Jobcentret", SenderKind.EMPLOYEE_COMMITTEE));
        assertThat(s.letterhead()).containsExactly("Aarby Kommune", "Beskæftigelsesforvaltningen");
        assertThat(s.recipient()).isEqualTo("Beskæftigelsesudvalget");
        assertThat(s.title()).isEqualTo("Høringssvar vedr. beskæftigelsesplan 2027");
        assertThat(s.date()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(s.body()).contains(BodyBlock.Paragraph.of("FagMED har drøftet planen og bakker op om hovedlinjerne."),
                new BodyBlock.Heading(1, "Ressourcer"), BodyBlock.Paragraph.of(LONG),
                BodyBlock.BulletList.of("Flere samtaler med borgerne", "Tid til CV-samtalen i a-kassen"));
        assertThat(s.body().stream().filter(b -> b.equals(BodyBlock.Paragraph.of(LONG)))).hasSize(2);
        assertThat(s.closing()).isEqualTo("Med venlig hilsen");
        assertThat(s.signatories()).containsExactly(new Signatory("Bo Hansen", "Formand"), new Signatory("Ida Holm", "Næstformand"));
        assertThat(s.signatureArrangement()).isEqualTo(SignatureArrangement.SIDE_BY_SIDE);
        assertThat(s.points()).extracting(p -> p.text()).containsExactly("Flere samtaler med borgerne",
                "Tid til CV-samtalen i a-kassen");
    }

    @Test
    void aPdfRenderedByTheLibraryImportsBack() {
        ImportResult r = importer.importFile(render("svar.pdf"));
        assertThat(r.report().format()).isEqualTo(SourceFormat.PDF);
        assertRoundTrip(r.statement());
        // the running footer and header of the two pages are dropped, and reported
        assertThat(r.report().repairs()).extracting(ImportReport.Repair::kind, ImportReport.Repair::before).contains(
                tuple(ImportReport.RepairKind.PAGE_NUMBER_DROPPED, "Side 1 af 2"),
                tuple(ImportReport.RepairKind.PAGE_NUMBER_DROPPED, "Side 2 af 2"));
        assertThat(r.report().repairs()).filteredOn(x -> x.kind() == ImportReport.RepairKind.PAGE_STAMP_DROPPED).hasSize(2);
    }

    @Test
    void aDocxRenderedByTheLibraryImportsBack() {
        ImportResult r = importer.importFile(render("svar.docx"));
        assertThat(r.report().format()).isEqualTo(SourceFormat.DOCX);
        assertRoundTrip(r.statement());
    }

    @Test
    void aWordDocumentMadeWithPoi() throws IOException {
        Path file = dir.resolve("ældreråd.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : new String[] {"Til Ældreudvalget", "Høringssvar fra Aarby Ældreråd vedr. madordningen",
                    "Skibby, den 3. marts 2025", "Ældrerådet støtter, at maden igen laves på plejecentrene.",
                    "Vi foreslår:", "• at beboerne inddrages i menuen", "• at der er tid til måltidet",
                    "Med venlig hilsen"}) {
                doc.createParagraph().createRun().setText(text);
            }
            XWPFTable table = doc.createTable(1, 2);
            cell(table.getRow(0).getCell(0), "Grethe Lund", "Formand");
            cell(table.getRow(0).getCell(1), "Poul Smed", "Næstformand");
            doc.write(out);
        }
        HearingStatement s = importer.importFile(file).statement();
        assertThat(s.recipient()).isEqualTo("Ældreudvalget");
        assertThat(s.title()).isEqualTo("Høringssvar fra Aarby Ældreråd vedr. madordningen");
        assertThat(s.place()).isEqualTo("Skibby");
        assertThat(s.date()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(s.senders()).extracting(Sender::name, Sender::kind)
                .containsExactly(tuple("Aarby Ældreråd", SenderKind.ASSOCIATION));
        assertThat(s.body()).contains(BodyBlock.BulletList.of("at beboerne inddrages i menuen", "at der er tid til måltidet"));
        assertThat(s.signatories()).containsExactly(new Signatory("Grethe Lund", "Formand"), new Signatory("Poul Smed", "Næstformand"));
        assertThat(s.body().stream().filter(b -> b instanceof BodyBlock.BulletList).map(b -> ((BodyBlock.BulletList) b).items())
                .flatMap(java.util.List::stream).map(RichText::plainText)).hasSize(2);
    }

    private static void cell(XWPFTableCell cell, String name, String role) {
        cell.getParagraphs().get(0).createRun().setText(name);
        cell.addParagraph().createRun().setText(role);
    }

    @Test
    void theFormatIsToldByContentNotByName() throws IOException {
        Path pdfNamedTxt = dir.resolve("svar.txt");
        Files.copy(render("svar.pdf"), pdfNamedTxt);
        assertThat(importer.importFile(pdfNamedTxt).report().format()).isEqualTo(SourceFormat.PDF);
        Path textNamedPdf = dir.resolve("svar2.pdf");
        Files.writeString(textNamedPdf, "Til BSU\n\nHøringssvar vedr. planen\n\nVi støtter planen.\n");
        ImportResult r = importer.importFile(textNamedPdf);
        assertThat(r.report().format()).isEqualTo(SourceFormat.TEXT);
        assertThat(r.statement().recipient()).isEqualTo("BSU");
    }

    @Test
    void windows1252TextIsReadAndReported() throws IOException {
        Path file = dir.resolve("gammel.txt");
        Files.write(file, "Til BSU\n\nHøringssvar vedr. ældreplanen\n\nVi støtter planen.\n".getBytes("windows-1252"));
        ImportResult r = importer.importFile(file);
        assertThat(r.statement().title()).isEqualTo("Høringssvar vedr. ældreplanen");
        assertThat(r.report().uncertainties()).anyMatch(u -> u.what().equals("encoding"));
    }

    // ------------------------------------------------------------------ errors

    private void assertUnreadable(Path file, String reason) {
        assertThatThrownBy(() -> importer.importFile(file)).isInstanceOf(HoeringssvarException.class)
                .hasMessageStartingWith(file.toString() + ": ").hasMessageContaining(reason);
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path file = Files.write(dir.resolve("tom.txt"), new byte[0]);
        assertUnreadable(file, "the file is empty");
    }

    @Test
    void aFileOfBlanksIsAnError() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.txt"), " \n\n\t \n");
        assertUnreadable(file, "no text found");
        assertThatThrownBy(() -> importer.importText("  \n", "formular")).isInstanceOf(HoeringssvarException.class)
                .hasMessage("formular: no text to import");
    }

    @Test
    void onlyPageNumbersIsAnError() {
        assertThatThrownBy(() -> importer.importText("1\n\nSide 2 af 2\n", "sider")).isInstanceOf(HoeringssvarException.class)
                .hasMessageStartingWith("sider: no text left");
    }

    @Test
    void aMissingFileIsAnError() {
        Path file = dir.resolve("findes-ikke.pdf");
        assertUnreadable(file, "cannot read the file");
    }

    @Test
    void aCorruptPdfIsAnError() throws IOException {
        Path file = Files.write(dir.resolve("ødelagt.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage".getBytes(StandardCharsets.ISO_8859_1));
        assertUnreadable(file, "not a readable PDF");
    }

    @Test
    void anEncryptedPdfIsAnError() throws IOException {
        Path file = dir.resolve("låst.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("ejer", "hemmelig", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            pdf.protect(policy);
            pdf.save(file.toFile());
        }
        assertUnreadable(file, "encrypted");
    }

    @Test
    void aPdfWithoutTextIsAnError() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(file.toFile());
        }
        assertUnreadable(file, "no text found in the PDF");
    }

    @Test
    void aZipThatIsNotADocxIsAnError() throws IOException {
        Path file = dir.resolve("arkiv.docx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("noter.txt"));
            zip.write("ikke et Word-dokument".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Files.write(file, bytes.toByteArray());
        assertUnreadable(file, "not a readable DOCX file");
    }

    @Test
    void binaryDataIsAnError() throws IOException {
        Path file = Files.write(dir.resolve("billede.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertUnreadable(file, "not a text, PDF or DOCX file");
    }
}
