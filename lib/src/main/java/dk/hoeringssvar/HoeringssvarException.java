package dk.hoeringssvar;

/**
 * The one exception type the library throws for bad input or failed rendering. Subclasses say which
 * stage failed; every message names the field, template (with line and column) or file at fault.
 */
public class HoeringssvarException extends RuntimeException {

    public HoeringssvarException(String message) {
        super(message);
    }

    public HoeringssvarException(String message, Throwable cause) {
        super(message, cause);
    }
}
