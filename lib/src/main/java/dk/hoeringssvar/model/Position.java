package dk.hoeringssvar.model;

/** The overall position of a statement on the proposal. */
public enum Position {
    SUPPORT,
    SUPPORT_WITH_REMARKS,
    CONCERN,
    OPPOSITION,
    NO_REMARKS
}
