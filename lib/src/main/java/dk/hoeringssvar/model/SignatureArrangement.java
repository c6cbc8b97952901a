package dk.hoeringssvar.model;

/** How the signatories are placed. */
public enum SignatureArrangement {
    SIDE_BY_SIDE,
    STACKED
}
