package dk.hoeringssvar.document;

/** Horizontal placement of a figure. */
public enum Alignment {
    LEFT,
    CENTER,
    RIGHT
}
