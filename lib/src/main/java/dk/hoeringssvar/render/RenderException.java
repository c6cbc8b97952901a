package dk.hoeringssvar.render;

import dk.hoeringssvar.HoeringssvarException;

/** A renderer could not write its format. */
public final class RenderException extends HoeringssvarException {
    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
