package dk.hoeringssvar.document;

/** How several signatures are placed. */
public enum SignatureLayout {
    /** In columns next to each other, as chair and vice-chair usually sign. */
    SIDE_BY_SIDE,
    /** One under the other. */
    STACKED
}
