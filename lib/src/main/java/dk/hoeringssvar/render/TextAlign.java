package dk.hoeringssvar.render;

/** Horizontal alignment of text lines. */
public enum TextAlign {
    LEFT,
    RIGHT,
    CENTER
}
