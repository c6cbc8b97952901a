package dk.hoeringssvar.publish.internal;

/** A received PDF cannot be cleaned safely; the message is the reason, a short English sentence. */
final class UnsafePdfException extends Exception {

    private static final long serialVersionUID = 1L;

    UnsafePdfException(String reason) {
        super(reason, null, false, false);
    }
}
