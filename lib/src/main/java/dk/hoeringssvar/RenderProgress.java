package dk.hoeringssvar;

/** Hears how far a long render (a bundle, a packet) has come, and its warnings. Called on the rendering thread. */
@FunctionalInterface
public interface RenderProgress {

    /** {@code done} of {@code total} statements are laid out. */
    void statementsDone(int done, int total);

    /**
     * Something the output could not promise, naming the file at fault — for example a received PDF
     * that is not PDF/A, so the bundle is written without the PDF/A claim. Ignored unless overridden.
     */
    default void warning(String message) {
    }

    /** Hears nothing. */
    RenderProgress NONE = (done, total) -> { };
}
