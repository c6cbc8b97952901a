package dk.hoeringssvar.bundle;

import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.i18n.Labels;
import dk.hoeringssvar.internal.AtomicFiles;
import dk.hoeringssvar.internal.ReproducibleZip;
import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.Stance;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The høringsnotat as an Excel worksheet (XLSX) for the administration to write its comments in, and
 * those comments read back by point id.
 *
 * <p>The first sheet has one row per point (Id, Bilag, Afsender, Tema, Holdning, Bemærkning, Henvisning,
 * Administrationens kommentar) under a bold, frozen header with an autofilter. The sheet is protected
 * without a password: only the tinted comment column is unlocked, so the ids that bring the comments
 * back cannot be overwritten by accident, while filtering and resizing stay allowed. The second sheet
 * counts the points per theme and stance, the table behind the høringsnotat's chart.
 *
 * <p>The same summary gives the same bytes on every run and in every time zone: the package's dates
 * are the given timestamp, or left out without one, and every zip entry carries a fixed time.
 *
 * <p>Immutable and thread-safe: every workbook object lives only inside one call.
 */
public final class SummaryWorkbook {

    /** Written as the last author, and as the creator when the hearing names no authority. */
    static final String PRODUCER = "hoeringssvar";

    private static final String FONT = "Calibri";
    private static final short FONT_SIZE = 11;

    /** Points per line of 11 pt Calibri, as Excel spaces it. */
    private static final float LINE_HEIGHT = 15f;

    /** How far down a sheet the header row is looked for, in case someone put a title above it. */
    private static final int HEADER_SEARCH_ROWS = 10;

    /** Header row fill and the tint of the comment column (light yellow, darker in its header). */
    private static final byte[] HEADER_FILL = rgb(0xD9E1F2);
    private static final byte[] COMMENT_HEADER_FILL = rgb(0xFFE699);
    private static final byte[] COMMENT_FILL = rgb(0xFFF2CC);

    /** Excel's {@code _xHHHH_} escape; a literal one in our text is escaped again so it reads back as written. */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private enum Column {
        ID("summary.id", 9),
        ANNEX("annex", 7),
        SENDER("summary.sender", 24),
        THEME("point.theme", 18),
        STANCE("point.stance", 12),
        TEXT("point.text", 50),
        REFERENCE("point.reference", 13),
        COMMENT("summary.comment", 50);

        final String label;
        final int width;

        Column(String label, int width) {
            this.label = label;
            this.width = width;
        }
    }

    private final Labels labels;
    private final Instant timestamp;

    /** A workbook writer without dates in the document properties. */
    public SummaryWorkbook(Labels labels) {
        this(labels, null);
    }

    private SummaryWorkbook(Labels labels, Instant timestamp) {
        this.labels = Objects.requireNonNull(labels, "labels");
        this.timestamp = timestamp;
    }

    /** The same writer, with {@code timestamp} as the workbook's created and modified date. */
    public SummaryWorkbook withTimestamp(Instant newTimestamp) {
        return new SummaryWorkbook(labels, Objects.requireNonNull(newTimestamp, "timestamp"));
    }

    // ---------------------------------------------------------------- writing

    /** Writes the workbook to {@code out}, which is left open; nothing is written if building it fails. */
    public void write(HearingSummary summary, OutputStream out) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(out, "out");
        byte[] xlsx = build(summary);
        try {
            out.write(xlsx);
            out.flush();
        } catch (IOException e) {
            throw new HoeringssvarException("Could not write the høringsnotat workbook: " + e.getMessage(), e);
        }
    }

    /** Writes the workbook to {@code target}, which appears whole or not at all. */
    public void write(HearingSummary summary, Path target) {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(target, "target");
        byte[] xlsx = build(summary);
        AtomicFiles.write(target, out -> {
            try {
                out.write(xlsx);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private byte[] build(HearingSummary summary) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            writePoints(workbook, styles, summary);
            writeCounts(workbook, styles, summary);
            workbook.setActiveSheet(0);
            properties(workbook, summary);
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            workbook.write(buffer);
            return ReproducibleZip.normalise(buffer.toByteArray(), timestamp);
        } catch (HoeringssvarException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new HoeringssvarException("Could not build the høringsnotat workbook for \""
                    + summary.hearing().title() + "\": " + e.getMessage(), e);
        }
    }

    private void writePoints(XSSFWorkbook workbook, Styles styles, HearingSummary summary) {
        XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.get("summary.sheet")));
        Column[] columns = Column.values();
        XSSFRow header = sheet.createRow(0);
        for (Column column : columns) {
            sheet.setColumnWidth(column.ordinal(), column.width * 256);
            Cell cell = header.createCell(column.ordinal());
            cell.setCellValue(labels.get(column.label));
            cell.setCellStyle(column == Column.COMMENT ? styles.commentHeader : styles.header);
        }
        fitHeight(header, columns, c -> labels.get(c.label));
        int r = 1;
        for (SummaryPoint point : summary.points()) {
            XSSFRow row = sheet.createRow(r++);
            for (Column column : columns) {
                Cell cell = row.createCell(column.ordinal());
                cell.setCellStyle(column == Column.COMMENT ? styles.comment : styles.body);
                String value = value(point, column);
                if (value != null) {
                    cell.setCellValue(cellText(value, point, column));
                }
            }
            fitHeight(row, columns, c -> value(point, c));
        }
        int lastRow = Math.max(0, r - 1);
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, columns.length - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        printSetup(sheet, true);
        protect(sheet);
    }

    /**
     * A row height for the wrapped text, estimated from its length: neither Excel nor LibreOffice fits
     * rows to wrapped text when opening a file. The height is not marked custom, so Excel fits the row
     * again when a comment is typed into it.
     */
    private static void fitHeight(XSSFRow row, Column[] columns, Function<Column, String> values) {
        int lines = 1;
        for (Column column : columns) {
            String value = values.apply(column);
            if (value != null) {
                lines = Math.max(lines, lines(value, column.width));
            }
        }
        row.setHeightInPoints(lines * LINE_HEIGHT + 2);
        row.getCTRow().unsetCustomHeight();
    }

    /** Lines a text takes in a column {@code width} characters wide, allowing for word wrapping. */
    private static int lines(String text, int width) {
        int perLine = Math.max(1, width - 2);
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
        }
        return lines;
    }

    private String value(SummaryPoint point, Column column) {
        return switch (column) {
            case ID -> point.id();
            case ANNEX -> point.annex();
            case SENDER -> point.sender();
            case THEME -> point.theme();
            case STANCE -> labels.stance(point.stance());
            case TEXT -> point.text();
            case REFERENCE -> point.reference();
            case COMMENT -> point.comment();
        };
    }

    private String cellText(String value, SummaryPoint point, Column column) {
        if (value.length() > SpreadsheetVersion.EXCEL2007.getMaxTextLength()) {
            throw new HoeringssvarException("Point " + point.id() + ": " + labels.get(column.label) + " has "
                    + value.length() + " characters; an Excel cell holds at most "
                    + SpreadsheetVersion.EXCEL2007.getMaxTextLength());
        }
        Matcher m = OOXML_ESCAPE.matcher(value);
        return m.find() ? m.replaceAll("_x005F_$1") : value;
    }

    private void writeCounts(XSSFWorkbook workbook, Styles styles, HearingSummary summary) {
        XSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(labels.get("summary.countSheet")));
        List<Stance> stances = summary.stances();
        int totalColumn = stances.size() + 1;
        XSSFRow header = sheet.createRow(0);
        text(header, 0, labels.get("point.theme"), styles.header);
        sheet.setColumnWidth(0, 30 * 256);
        for (int s = 0; s < stances.size(); s++) {
            text(header, s + 1, labels.stance(stances.get(s)), styles.numberHeader);
            sheet.setColumnWidth(s + 1, 13 * 256);
        }
        text(header, totalColumn, labels.get("bundle.total"), styles.numberHeader);
        sheet.setColumnWidth(totalColumn, 10 * 256);
        int r = 1;
        int[] columnTotals = new int[stances.size()];
        for (String theme : summary.themes()) {
            XSSFRow row = sheet.createRow(r++);
            text(row, 0, theme, styles.body);
            int themeTotal = 0;
            for (int s = 0; s < stances.size(); s++) {
                int count = summary.count(theme, stances.get(s));
                number(row, s + 1, count, styles.number);
                columnTotals[s] += count;
                themeTotal += count;
            }
            number(row, totalColumn, themeTotal, styles.rowTotal);
        }
        XSSFRow totals = sheet.createRow(r);
        text(totals, 0, labels.get("bundle.total"), styles.totalText);
        for (int s = 0; s < stances.size(); s++) {
            number(totals, s + 1, columnTotals[s], styles.totalNumber);
        }
        number(totals, totalColumn, summary.points().size(), styles.totalNumber);
        sheet.createFreezePane(1, 1);
        printSetup(sheet, false);
        protect(sheet);
    }

    private static void text(Row row, int column, String value, XSSFCellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void number(Row row, int column, int value, XSSFCellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void printSetup(XSSFSheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /** Protection without a password: it guards against slips, not against anyone; filters stay usable. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }

    private void properties(XSSFWorkbook workbook, HearingSummary summary) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Hearing hearing = summary.hearing();
        core.setTitle(labels.get("summary.title") + " – " + hearing.title());
        core.setSubjectProperty(hearing.title());
        core.setCreator(hearing.authority() != null ? hearing.authority() : PRODUCER);
        core.setLastModifiedByUser(PRODUCER);
        Optional<Date> when = Optional.ofNullable(timestamp).map(Date::from);
        core.setCreated(when);
        core.setModified(when);
        core.getUnderlyingProperties().setLanguageProperty(labels.languageTag());
    }

    private static byte[] rgb(int value) {
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    /** The few cell styles, made once per workbook. */
    private static final class Styles {
        final XSSFCellStyle header;
        final XSSFCellStyle commentHeader;
        final XSSFCellStyle numberHeader;
        final XSSFCellStyle body;
        final XSSFCellStyle comment;
        final XSSFCellStyle number;
        final XSSFCellStyle totalText;
        final XSSFCellStyle totalNumber;
        final XSSFCellStyle rowTotal;

        Styles(XSSFWorkbook workbook) {
            // an explicit font for every cell: LibreOffice draws the default's theme font smaller
            XSSFFont regular = workbook.createFont();
            regular.setFontName(FONT);
            regular.setFontHeightInPoints(FONT_SIZE);
            XSSFFont bold = workbook.createFont();
            bold.setFontName(FONT);
            bold.setFontHeightInPoints(FONT_SIZE);
            bold.setBold(true);
            header = wrapped(workbook, regular);
            header.setFont(bold);
            header.setFillForegroundColor(new XSSFColor(HEADER_FILL));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            commentHeader = workbook.createCellStyle();
            commentHeader.cloneStyleFrom(header);
            commentHeader.setFillForegroundColor(new XSSFColor(COMMENT_HEADER_FILL));
            numberHeader = workbook.createCellStyle();
            numberHeader.cloneStyleFrom(header);
            numberHeader.setAlignment(HorizontalAlignment.RIGHT);
            body = wrapped(workbook, regular);
            comment = wrapped(workbook, regular);
            comment.setLocked(false);
            comment.setFillForegroundColor(new XSSFColor(COMMENT_FILL));
            comment.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            number = workbook.createCellStyle();
            number.setFont(regular);
            number.setVerticalAlignment(VerticalAlignment.TOP);
            totalText = wrapped(workbook, regular);
            totalText.setFont(bold);
            totalText.setBorderTop(BorderStyle.THIN);
            rowTotal = workbook.createCellStyle();
            rowTotal.setFont(bold);
            rowTotal.setVerticalAlignment(VerticalAlignment.TOP);
            totalNumber = workbook.createCellStyle();
            totalNumber.setFont(bold);
            totalNumber.setVerticalAlignment(VerticalAlignment.TOP);
            totalNumber.setBorderTop(BorderStyle.THIN);
        }

        private static XSSFCellStyle wrapped(XSSFWorkbook workbook, XSSFFont font) {
            XSSFCellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * The administration's comments by point id, in row order, from a workbook written by
     * {@link #write}: the sheet named by the label {@code summary.sheet} (or the first sheet), under the
     * header row that holds the Id column. Blank comments are left out; every other column is ignored.
     * Formulas and numbers read as the text they display.
     *
     * @param source names the workbook in error messages, usually its file name
     * @throws WorkbookFormatException when it is not an XLSX workbook, has no Id or comment column, or
     *                                 has an id twice or a comment without an id
     */
    public Map<String, String> readComments(InputStream in, String source) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(source, "source");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new HoeringssvarException(source + ": could not read: " + e.getMessage(), e);
        }
        XSSFWorkbook workbook;
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new WorkbookFormatException(source, null, 0, null,
                    "not an XLSX workbook, or a damaged one (" + e.getMessage() + ")", e);
        }
        try (workbook) {
            return comments(workbook, source);
        } catch (IOException e) {
            throw new HoeringssvarException(source + ": could not close: " + e.getMessage(), e);
        }
    }

    /** {@link #readComments(InputStream, String)} from a file, named by its path in errors. */
    public Map<String, String> readComments(Path workbook) {
        Objects.requireNonNull(workbook, "workbook");
        try (InputStream in = Files.newInputStream(workbook)) {
            return readComments(in, workbook.toString());
        } catch (IOException e) {
            throw new HoeringssvarException(workbook + ": could not read: " + e.getMessage(), e);
        }
    }

    /**
     * The summary with the comments of {@code workbook} set on its points. A blank comment cell leaves
     * the point's comment as it was; an id the summary does not know is an error naming the file.
     */
    public HearingSummary applyComments(HearingSummary summary, Path workbook) {
        Objects.requireNonNull(summary, "summary");
        Map<String, String> comments = readComments(workbook);
        try {
            return summary.withComments(comments);
        } catch (InvalidModelException e) {
            throw new HoeringssvarException(workbook + ": " + e.getMessage(), e);
        }
    }

    private Map<String, String> comments(XSSFWorkbook workbook, String source) {
        XSSFSheet sheet = workbook.getSheet(labels.get("summary.sheet"));
        if (sheet == null) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new WorkbookFormatException(source, null, 0, null, "the workbook has no sheets", null);
            }
            sheet = workbook.getSheetAt(0);
        }
        String sheetName = sheet.getSheetName();
        DataFormatter formatter = new DataFormatter(labels.language().locale());
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        String idHeader = labels.get(Column.ID.label);
        String commentHeader = labels.get(Column.COMMENT.label);

        int headerRow = -1;
        int idColumn = -1;
        for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum() && r < HEADER_SEARCH_ROWS
                && headerRow < 0; r++) {
            idColumn = find(sheet.getRow(r), idHeader, formatter);
            headerRow = idColumn >= 0 ? r : -1;
        }
        if (headerRow < 0) {
            throw new WorkbookFormatException(source, sheetName, 0, null, "no header row with the column '"
                    + idHeader + "' in the first " + HEADER_SEARCH_ROWS + " rows", null);
        }
        int commentColumn = find(sheet.getRow(headerRow), commentHeader, formatter);
        if (commentColumn < 0) {
            throw new WorkbookFormatException(source, sheetName, headerRow + 1, null,
                    "the header row has no column '" + commentHeader + "'", null);
        }

        Map<String, String> comments = new LinkedHashMap<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            String id = read(row, idColumn, formatter, evaluator, source, sheetName).strip();
            String comment = read(row, commentColumn, formatter, evaluator, source, sheetName);
            if (id.isEmpty()) {
                if (!comment.isBlank()) {
                    throw new WorkbookFormatException(source, sheetName, r + 1,
                            CellReference.convertNumToColString(idColumn), "a comment without an " + idHeader, null);
                }
                continue;
            }
            Integer first = seen.putIfAbsent(id, r + 1);
            if (first != null) {
                throw new WorkbookFormatException(source, sheetName, r + 1,
                        CellReference.convertNumToColString(idColumn),
                        idHeader + " " + id + " appears twice (first in row " + first + ")", null);
            }
            if (!comment.isBlank()) {
                comments.put(id, comment);
            }
        }
        return Collections.unmodifiableMap(comments);
    }

    private static String read(XSSFRow row, int column, DataFormatter formatter, FormulaEvaluator evaluator,
                               String source, String sheetName) {
        try {
            return text(row.getCell(column), formatter, evaluator);
        } catch (RuntimeException e) {
            throw new WorkbookFormatException(source, sheetName, row.getRowNum() + 1,
                    CellReference.convertNumToColString(column),
                    "the formula could not be evaluated (" + e.getMessage() + ")", e);
        }
    }

    private static int find(Row row, String header, DataFormatter formatter) {
        if (row == null) {
            return -1;
        }
        for (Cell cell : row) {
            if (formatter.formatCellValue(cell).strip().equalsIgnoreCase(header)) {
                return cell.getColumnIndex();
            }
        }
        return -1;
    }

    /**
     * What the cell displays. A formula shows the value saved with it (as Excel and LibreOffice save
     * it); only a formula saved without one is evaluated here.
     */
    private static String text(Cell cell, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
            return formatter.formatCellValue(cell, evaluator);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> cell instanceof XSSFCell x ? x.getErrorCellString() : "";
            default -> "";
        };
    }
}
