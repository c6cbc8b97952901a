package dk.hoeringssvar.publish.internal;

/** A received PDF cannot be cleaned safely; the message is the reason in English. */
final class UnsafePdfException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient UnsafeReason reason;

    UnsafePdfException(UnsafeReason reason) {
        super(reason.english(), null, false, false);
        this.reason = reason;
    }

    UnsafeReason reason() {
        return reason;
    }
}
