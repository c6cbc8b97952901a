package dk.hoeringssvar.render.pdf;

import java.util.Objects;

/**
 * A stretch of a text line in one face.
 *
 * @param dx    offset from the line's start
 * @param field non-null when the text is a placeholder the painter replaces with a page number
 */
record Run(String text, Face face, double dx, double width, PageField field) {
    Run {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(face, "face");
    }
}
