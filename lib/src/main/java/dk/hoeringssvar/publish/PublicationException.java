package dk.hoeringssvar.publish;

import dk.hoeringssvar.HoeringssvarException;

/** A publication copy cannot be made safely: in strict mode, a received file that cannot be cleaned. */
public final class PublicationException extends HoeringssvarException {
    public PublicationException(String message) {
        super(message);
    }
}
