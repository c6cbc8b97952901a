package dk.hoeringssvar.render.pdf;

/** Whether a slice must stay on the same page as the slice after it. */
enum Keep {
    /** A page may break after this slice. */
    NONE,
    /** Keep with the next slice when the whole kept group fits on a page (boxes, orphans, signatures). */
    TOGETHER,
    /** Keep with the next slice even when the group is too tall: headings and box titles. */
    HEADING
}
