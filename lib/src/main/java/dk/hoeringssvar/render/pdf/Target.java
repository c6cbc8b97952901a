package dk.hoeringssvar.render.pdf;

/**
 * Where a contents entry points: a page of the whole document (0-based; it prints as
 * {@code pageIndex + 1}) and the PDF y to scroll to.
 */
record Target(int pageIndex, double top) {
}
