package dk.hoeringssvar.render.pdf;

/**
 * A clickable area that jumps to a place in the same document (a contents entry to its heading or
 * part).
 *
 * @param x          left edge, PDF page coordinates
 * @param y          bottom edge, PDF page coordinates
 * @param targetPage 0-based index of the target page in the whole document
 * @param targetTop  PDF y on the target page to scroll to
 */
record Link(double x, double y, double width, double height, int targetPage, double targetTop) {
}
