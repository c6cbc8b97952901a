package dk.hoeringssvar.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.fixtures.CorpusShapes;
import dk.hoeringssvar.i18n.LabelLanguage;
import dk.hoeringssvar.i18n.Labels;
import dk.hoeringssvar.model.Stance;
import dk.hoeringssvar.testing.Statements;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryWorkbookTest {

    private static final Instant TIMESTAMP = Instant.parse("2026-03-03T10:15:30Z");
    private static final Labels DANISH = Labels.of(LabelLanguage.DANISH);
    private static final SummaryWorkbook WORKBOOK = new SummaryWorkbook(DANISH);
    private static final List<String> DANISH_HEADERS = List.of("Id", "Bilag", "Afsender", "Tema", "Holdning",
            "Bemærkning", "Henvisning", "Administrationens kommentar");
    private static final int COMMENT = 7;

    private static HearingSummary summary;

    @TempDir
    Path dir;

    @BeforeAll
    static void summary() {
        Hearing hearing = new Hearing("Forslag til Arbejdsmarkedsplan 2026", "Bøgelund Kommune, Arbejdsmarkedsforvaltningen",
                "Arbejdsmarkeds- og Uddannelsesudvalget", "25/04817", LocalDate.of(2025, 10, 20),
                LocalDate.of(2025, 11, 14), List.of("FagMED for Jobcenter Bøgelund", "HovedMED", "Handicaprådet"));
        summary = HearingSummary.from(new AnnexBundle(hearing, BundleItem.of(List.of(
                CorpusShapes.employeeCommitteeLetter(), CorpusShapes.mainStatementWithAnnexes(), Statements.compact()))));
    }

    @Test
    void fixtureHasPointsFromTopLevelAndAnnexedStatements() {
        assertThat(summary.points()).hasSizeGreaterThan(4);
        assertThat(summary.points()).extracting(SummaryPoint::id).anyMatch(id -> id.contains("."));
        assertThat(summary.themes()).hasSizeGreaterThan(1);
    }

    @Test
    void oneRowPerPointUnderABoldFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook book = open(bytes(WORKBOOK, summary))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Bemærkninger");
            assertThat(texts(sheet.getRow(0))).isEqualTo(DANISH_HEADERS);
            for (Cell cell : sheet.getRow(0)) {
                assertThat(((XSSFCell) cell).getCellStyle().getFont().getBold()).as(cell.getAddress().toString()).isTrue();
            }
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 0);
            int points = summary.points().size();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:H" + (points + 1));
            assertThat(sheet.getLastRowNum()).isEqualTo(points);
            for (int i = 0; i < points; i++) {
                SummaryPoint p = summary.points().get(i);
                XSSFRow row = sheet.getRow(i + 1);
                assertThat(texts(row)).as(p.id()).containsExactly(p.id(), p.annex(), p.sender(), p.theme(),
                        DANISH.stance(p.stance()), p.text(), p.reference() == null ? "" : p.reference(), "");
                float lines = p.text().length() > 100 ? 3 : 1;
                assertThat(row.getHeightInPoints()).as(p.id() + " height").isGreaterThanOrEqualTo(lines * 15);
                assertThat(row.getCTRow().isSetCustomHeight()).as("Excel refits the row on edit").isFalse();
            }
            assertThat(summary.points()).as("a point long enough to wrap").anyMatch(p -> p.text().length() > 100);
        }
    }

    @Test
    void onlyTheTintedCommentColumnIsUnlockedUnderAPasswordlessProtection() throws IOException {
        try (XSSFWorkbook book = open(bytes(WORKBOOK, summary))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(sheet.isAutoFilterLocked()).isFalse();
            XSSFRow row = sheet.getRow(1);
            for (int c = 0; c < COMMENT; c++) {
                assertThat(row.getCell(c).getCellStyle().getLocked()).as("column " + c).isTrue();
                assertThat(row.getCell(c).getCellStyle().getWrapText()).isTrue();
            }
            assertThat(row.getCell(COMMENT).getCellStyle().getLocked()).isFalse();
            assertThat(row.getCell(COMMENT).getCellStyle().getFillForegroundColorColor().getARGBHex())
                    .isEqualTo("FFFFF2CC");
            assertThat(sheet.getColumnWidth(5)).isGreaterThan(sheet.getColumnWidth(0) * 4);
            assertThat(sheet.getColumnWidth(COMMENT)).isEqualTo(sheet.getColumnWidth(5));
        }
    }

    @Test
    void countsSheetHoldsPointsPerThemeAndStance() throws IOException {
        try (XSSFWorkbook book = open(bytes(WORKBOOK, summary))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            XSSFSheet sheet = book.getSheetAt(1);
            assertThat(sheet.getSheetName()).isEqualTo("Optælling");
            List<Stance> stances = summary.stances();
            List<String> header = new ArrayList<>(List.of("Tema"));
            stances.forEach(s -> header.add(DANISH.stance(s)));
            header.add("I alt");
            assertThat(texts(sheet.getRow(0))).isEqualTo(header);
            List<String> themes = summary.themes();
            for (int t = 0; t < themes.size(); t++) {
                XSSFRow row = sheet.getRow(t + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(themes.get(t));
                for (int s = 0; s < stances.size(); s++) {
                    assertThat((int) row.getCell(s + 1).getNumericCellValue()).as(themes.get(t) + "/" + stances.get(s))
                            .isEqualTo(summary.count(themes.get(t), stances.get(s)));
                }
                assertThat((int) row.getCell(stances.size() + 1).getNumericCellValue())
                        .isEqualTo(summary.pointsOn(themes.get(t)).size());
            }
            XSSFRow total = sheet.getRow(themes.size() + 1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("I alt");
            assertThat((int) total.getCell(stances.size() + 1).getNumericCellValue()).isEqualTo(summary.points().size());
        }
    }

    @Test
    void documentPropertiesCarryTitleCreatorAndTheGivenTimestamp() throws IOException {
        try (XSSFWorkbook book = open(bytes(WORKBOOK.withTimestamp(TIMESTAMP), summary))) {
            POIXMLProperties.CoreProperties core = book.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Høringsnotat – Forslag til Arbejdsmarkedsplan 2026");
            assertThat(core.getCreator()).isEqualTo("Bøgelund Kommune, Arbejdsmarkedsforvaltningen");
            assertThat(core.getCreated()).isEqualTo(Date.from(TIMESTAMP));
            assertThat(core.getModified()).isEqualTo(Date.from(TIMESTAMP));
            assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("da-DK");
        }
        try (XSSFWorkbook book = open(bytes(WORKBOOK, summary))) {
            assertThat(book.getProperties().getCoreProperties().getCreated()).isNull();
        }
    }

    @Test
    void englishLabelsNameTheSheetsAndHeaders() throws IOException {
        SummaryWorkbook english = new SummaryWorkbook(Labels.of(LabelLanguage.ENGLISH));
        try (XSSFWorkbook book = open(bytes(english, summary))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Remarks");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Counts");
            assertThat(texts(book.getSheetAt(0).getRow(0))).containsExactly("Id", "Annex", "Sender", "Theme", "Stance",
                    "Remark", "Reference", "Administration's comment");
        }
    }

    @Test
    void textSurvivesExactly() throws IOException {
        String tricky = "Æbleø og å: «citat» – tankestreg\nny linje\n\nog _x0041_ som tekst";
        HearingSummary one = new HearingSummary(summary.hearing(), List.of(), List.of(new SummaryPoint("1-1", "1",
                "Ældrerådet i Åby", "Økonomi", Stance.CONCERN, tricky, "side 9 – «afsnit 2»", tricky)), null);
        SummaryPoint point = one.points().get(0);
        assertThat(point.text()).isEqualTo(tricky);
        assertThat(point.comment()).isEqualTo(tricky);
        Path file = dir.resolve("notat.xlsx");
        WORKBOOK.write(one, file);
        try (XSSFWorkbook book = open(Files.readAllBytes(file))) {
            assertThat(texts(book.getSheetAt(0).getRow(1))).containsExactly("1-1", "1", "Ældrerådet i Åby", "Økonomi",
                    "Bekymring", tricky, "side 9 – «afsnit 2»", tricky);
        }
        assertThat(WORKBOOK.readComments(file)).containsExactly(Map.entry("1-1", tricky));
    }

    @Test
    void commentsFilledInComeBackOnThePoints() throws IOException {
        Path file = dir.resolve("høringsnotat.xlsx");
        WORKBOOK.write(summary, file);
        List<SummaryPoint> points = summary.points();
        String first = "Administrationen er enig – planen ændres.\nSe «afsnit 4» på side 9.";
        edit(file, sheet -> {
            sheet.getRow(1).getCell(COMMENT).setCellValue(first);
            sheet.getRow(2).getCell(COMMENT).setCellValue("   ");
            sheet.getRow(3).getCell(COMMENT).setCellValue(1.5);
            sheet.getRow(4).getCell(COMMENT).setCellFormula("\"Se bilag \"&B5");
            sheet.getRow(5).getCell(COMMENT).setCellValue("Taget til efterretning");
            sheet.getRow(5).getCell(5).setCellValue("ændret tekst, som ikke læses");
        });
        Map<String, String> comments = WORKBOOK.readComments(file);
        assertThat(comments).containsExactly(
                Map.entry(points.get(0).id(), first),
                Map.entry(points.get(2).id(), "1,5"),
                Map.entry(points.get(3).id(), "Se bilag " + points.get(3).annex()),
                Map.entry(points.get(4).id(), "Taget til efterretning"));

        HearingSummary commented = WORKBOOK.applyComments(summary, file);
        assertThat(commented.points().get(0).comment()).isEqualTo(first);
        assertThat(commented.points().get(1).comment()).isNull();
        assertThat(commented.points().get(3).comment()).isEqualTo("Se bilag " + points.get(3).annex());
        assertThat(commented.points().get(4).text()).isEqualTo(points.get(4).text());

        WORKBOOK.write(commented, file);
        assertThat(WORKBOOK.readComments(file)).isEqualTo(comments);
    }

    @Test
    void aFormulaSavedWithoutItsValueIsEvaluated() throws IOException {
        Path file = dir.resolve("formel.xlsx");
        WORKBOOK.write(summary, file);
        edit(file, sheet -> sheet.getRow(1).getCell(COMMENT).setCellFormula("\"Bilag \"&B2"), false);
        assertThat(WORKBOOK.readComments(file)).containsExactly(
                Map.entry(summary.points().get(0).id(), "Bilag " + summary.points().get(0).annex()));
    }

    @Test
    void notAnXlsxIsAnErrorNamingTheSource() {
        InputStream in = new ByteArrayInputStream("Id;Kommentar\n1-1;ok\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> WORKBOOK.readComments(in, "notat.csv"))
                .isInstanceOf(WorkbookFormatException.class)
                .hasMessageStartingWith("notat.csv: not an XLSX workbook");
    }

    @Test
    void aMissingIdColumnIsAnErrorNamingTheSheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Row header = book.createSheet("Bemærkninger").createRow(0);
            header.createCell(0).setCellValue("Tema");
            header.createCell(1).setCellValue("Administrationens kommentar");
            book.write(out);
        }
        assertThatThrownBy(() -> WORKBOOK.readComments(new ByteArrayInputStream(out.toByteArray()), "notat.xlsx"))
                .isInstanceOf(WorkbookFormatException.class)
                .hasMessage("notat.xlsx: sheet 'Bemærkninger': no header row with the column 'Id' in the first 10 rows");
    }

    @Test
    void aMissingCommentColumnIsAnErrorNamingTheHeaderRow() throws IOException {
        Path file = dir.resolve("notat.xlsx");
        WORKBOOK.write(summary, file);
        edit(file, sheet -> sheet.getRow(0).getCell(COMMENT).setCellValue("Noter"));
        assertThatThrownBy(() -> WORKBOOK.readComments(file))
                .isInstanceOf(WorkbookFormatException.class)
                .hasMessage(file + ": sheet 'Bemærkninger', row 1: the header row has no column 'Administrationens kommentar'");
    }

    @Test
    void aDuplicateIdIsAnErrorNamingBothRows() throws IOException {
        Path file = dir.resolve("notat.xlsx");
        WORKBOOK.write(summary, file);
        String id = summary.points().get(0).id();
        edit(file, sheet -> sheet.getRow(3).getCell(0).setCellValue(id));
        assertThatThrownBy(() -> WORKBOOK.readComments(file))
                .isInstanceOfSatisfying(WorkbookFormatException.class, e -> {
                    assertThat(e.row()).isEqualTo(4);
                    assertThat(e.column()).isEqualTo("A");
                })
                .hasMessage(file + ": sheet 'Bemærkninger', row 4, column A: Id " + id + " appears twice (first in row 2)");
    }

    @Test
    void aCommentWithoutAnIdIsAnError() throws IOException {
        Path file = dir.resolve("notat.xlsx");
        WORKBOOK.write(summary, file);
        int below = summary.points().size() + 3;
        edit(file, sheet -> sheet.createRow(below - 1).createCell(COMMENT).setCellValue("løs kommentar"));
        assertThatThrownBy(() -> WORKBOOK.readComments(file))
                .isInstanceOf(WorkbookFormatException.class)
                .hasMessage(file + ": sheet 'Bemærkninger', row " + below + ", column A: a comment without an Id");
    }

    @Test
    void anIdTheSummaryDoesNotKnowIsAnErrorNamingTheFile() throws IOException {
        Path file = dir.resolve("notat.xlsx");
        WORKBOOK.write(summary, file);
        edit(file, sheet -> {
            sheet.getRow(1).getCell(0).setCellValue("99-1");
            sheet.getRow(1).getCell(COMMENT).setCellValue("Til et punkt, der ikke findes");
        });
        assertThatThrownBy(() -> WORKBOOK.applyComments(summary, file))
                .isInstanceOf(HoeringssvarException.class)
                .hasMessage(file + ": HearingSummary.comments: no point with id 99-1");
    }

    @Test
    void aTextTooLongForACellIsAnErrorNamingThePoint() {
        HearingSummary longText = new HearingSummary(summary.hearing(), List.of(), List.of(new SummaryPoint("4-2", "4",
                "Borger", "Økonomi", Stance.REMARK, "ord ".repeat(9000), null, null)), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThatThrownBy(() -> WORKBOOK.write(longText, out))
                .isInstanceOf(HoeringssvarException.class)
                .hasMessageStartingWith("Point 4-2: Bemærkning has 36000 characters");
        assertThat(out.size()).isZero();
    }

    @Test
    void sameSummaryGivesSameBytesAcrossRunsAndTimeZones() {
        byte[] first = bytes(WORKBOOK, summary);
        byte[] timed = bytes(WORKBOOK.withTimestamp(TIMESTAMP), summary);
        byte[] before1980 = bytes(WORKBOOK.withTimestamp(Instant.EPOCH), summary);
        assertThat(bytes(WORKBOOK, summary)).isEqualTo(first);
        assertThat(timed).isNotEqualTo(first);
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertThat(bytes(WORKBOOK, summary)).isEqualTo(first);
            assertThat(bytes(WORKBOOK.withTimestamp(TIMESTAMP), summary)).isEqualTo(timed);
            assertThat(bytes(WORKBOOK.withTimestamp(Instant.EPOCH), summary)).isEqualTo(before1980);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void writingToAStreamLeavesItOpen() {
        boolean[] closed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                sink.write(b);
            }

            @Override
            public void close() {
                closed[0] = true;
            }
        };
        WORKBOOK.write(summary, out);
        assertThat(closed[0]).isFalse();
        assertThat(sink.toByteArray()).isEqualTo(bytes(WORKBOOK, summary));
    }

    private static byte[] bytes(SummaryWorkbook workbook, HearingSummary s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(s, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            texts.add(cell == null ? "" : cell.getStringCellValue());
        }
        return texts;
    }

    /** Changes the first sheet as a secretary would in Excel, which saves every formula's value with it. */
    private static void edit(Path file, Consumer<XSSFSheet> change) throws IOException {
        edit(file, change, true);
    }

    private static void edit(Path file, Consumer<XSSFSheet> change, boolean saveFormulaValues) throws IOException {
        byte[] changed;
        try (XSSFWorkbook book = open(Files.readAllBytes(file))) {
            change.accept(book.getSheetAt(0));
            if (saveFormulaValues) {
                book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            changed = out.toByteArray();
        }
        Files.write(file, changed);
    }
}
