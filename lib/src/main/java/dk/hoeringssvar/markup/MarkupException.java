package dk.hoeringssvar.markup;

import dk.hoeringssvar.HoeringssvarException;

/** The markup a template emitted is not valid; the message gives line and column in that markup. */
public final class MarkupException extends HoeringssvarException {

    private final int line;
    private final int column;

    public MarkupException(String message, int line, int column) {
        super("markup line " + line + ", column " + column + ": " + message);
        this.line = line;
        this.column = column;
    }

    public MarkupException(String message, int line, int column, Throwable cause) {
        super("markup line " + line + ", column " + column + ": " + message, cause);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
