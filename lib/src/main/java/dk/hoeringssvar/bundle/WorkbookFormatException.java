package dk.hoeringssvar.bundle;

import dk.hoeringssvar.HoeringssvarException;

/**
 * A høringsnotat worksheet could not be read back. The message reads
 * {@code notat.xlsx: sheet 'Bemærkninger', row 7, column A: Id 2-1 appears twice (first in row 4)}.
 */
public final class WorkbookFormatException extends HoeringssvarException {

    private final String source;
    private final String sheet;
    private final int row;
    private final String column;
    private final String problem;

    WorkbookFormatException(String source, String sheet, int row, String column, String problem, Throwable cause) {
        super(source + ": " + location(sheet, row, column) + problem, cause);
        this.source = source;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.problem = problem;
    }

    private static String location(String sheet, int row, String column) {
        StringBuilder where = new StringBuilder();
        if (sheet != null) {
            where.append("sheet '").append(sheet).append("'");
        }
        if (row > 0) {
            where.append(where.isEmpty() ? "" : ", ").append("row ").append(row);
        }
        if (column != null) {
            where.append(where.isEmpty() ? "" : ", ").append("column ").append(column);
        }
        return where.isEmpty() ? "" : where + ": ";
    }

    /** The file or other source named when reading. */
    public String source() {
        return source;
    }

    /** The worksheet's name; null when the workbook itself is at fault. */
    public String sheet() {
        return sheet;
    }

    /** 1-based row as Excel shows it; 0 when not known. */
    public int row() {
        return row;
    }

    /** Column letter as Excel shows it, {@code H}; null when not known. */
    public String column() {
        return column;
    }

    /** What is wrong there. */
    public String problem() {
        return problem;
    }
}
