package dk.hoeringssvar.render.pdf;

/**
 * A clickable area that jumps to a place in the same document (a contents entry to its heading or
 * part).
 *
 * @param node        the structure node of the entry: the link annotation is tagged as a Link element in it
 * @param description what the link says, for the annotation's {@code /Contents} (PDF/UA)
 * @param x          left edge, PDF page coordinates
 * @param y          bottom edge, PDF page coordinates
 * @param targetPage 0-based index of the target page in the whole document
 * @param targetTop  PDF y on the target page to scroll to
 */
record Link(double x, double y, double width, double height, int targetPage, double targetTop, StructNode node,
            String description) {
    Link {
        java.util.Objects.requireNonNull(node, "node");
        java.util.Objects.requireNonNull(description, "description");
    }
}
