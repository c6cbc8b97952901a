package dk.hoeringssvar.template;

import dk.hoeringssvar.HoeringssvarException;

/**
 * A template is missing, does not parse, or failed while running. The message names the template
 * and, where known, the line and column.
 */
public final class TemplateException extends HoeringssvarException {

    private final String templateName;
    private final int line;
    private final int column;

    public TemplateException(String message) {
        this(message, null, 0, 0, null);
    }

    public TemplateException(String message, String templateName, int line, int column, Throwable cause) {
        super(message, cause);
        this.templateName = templateName;
        this.line = line;
        this.column = column;
    }

    /** The template at fault, or null when not known. */
    public String templateName() {
        return templateName;
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
