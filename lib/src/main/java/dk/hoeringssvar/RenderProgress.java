package dk.hoeringssvar;

/** Hears how far a long render (a bundle, a packet) has come. Called on the rendering thread. */
@FunctionalInterface
public interface RenderProgress {

    /** {@code done} of {@code total} statements are laid out. */
    void statementsDone(int done, int total);

    /** Hears nothing. */
    RenderProgress NONE = (done, total) -> { };
}
