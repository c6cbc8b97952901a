package dk.hoeringssvar.document;

/** Bullet or numbered list. */
public enum ListKind {
    BULLET,
    NUMBERED
}
