package dk.hoeringssvar.json;

import dk.hoeringssvar.HoeringssvarException;

/**
 * A JSON document could not be read into the model. The message reads
 * {@code statement.json: $.body[2].items: needs at least one entry (line 14, column 9)}.
 */
public final class JsonFormatException extends HoeringssvarException {

    private final String source;
    private final String path;
    private final String problem;
    private final int line;
    private final int column;

    JsonFormatException(String source, String path, String problem, int line, int column, Throwable cause) {
        super(source + ": " + path + ": " + problem + (line > 0 ? " (line " + line + ", column " + column + ")" : ""),
                cause);
        this.source = source;
        this.path = path;
        this.problem = problem;
        this.line = line;
        this.column = column;
    }

    /** The file or other source named when reading. */
    public String source() {
        return source;
    }

    /** JSON path of the offending value, {@code $.senders[0].name}; {@code $} for the document. */
    public String path() {
        return path;
    }

    /** What is wrong there. */
    public String problem() {
        return problem;
    }

    /** 1-based line, 0 when not known. */
    public int line() {
        return line;
    }

    /** 1-based column, 0 when not known. */
    public int column() {
        return column;
    }
}
