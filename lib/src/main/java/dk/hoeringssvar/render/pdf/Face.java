package dk.hoeringssvar.render.pdf;

/** One of the four faces of the theme's font family. */
enum Face {
    REGULAR,
    BOLD,
    ITALIC,
    BOLD_ITALIC;

    static Face of(boolean bold, boolean italic) {
        return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
    }

    boolean bold() {
        return this == BOLD || this == BOLD_ITALIC;
    }

    boolean italic() {
        return this == ITALIC || this == BOLD_ITALIC;
    }
}
