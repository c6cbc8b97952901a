package dk.hoeringssvar.model;

/** The stance of one point. */
public enum Stance {
    SUPPORT,
    CONCERN,
    OPPOSITION,
    PROPOSAL,
    QUESTION,
    /** A remark without a clear stance. */
    REMARK
}
