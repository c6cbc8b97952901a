package dk.hoeringssvar.render.pdf;

import java.util.List;

/**
 * One laid-out page: its size as shown, its items in PDF page coordinates in painting (and reading)
 * order, and the link areas on it.
 *
 * @param rotation the page's /Rotate (0, 90, 180, 270), kept from a received page. Items' coordinates
 *                 are in the page as shown (width × height); an {@link DrawItem.Imported} page is drawn
 *                 unrotated and the viewer turns the whole page.
 */
record PageModel(double width, double height, int rotation, List<DrawItem> items, List<Link> links) {
    PageModel {
        if (rotation % 90 != 0 || rotation < 0 || rotation >= 360) {
            throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, was " + rotation);
        }
        items = List.copyOf(items);
        links = List.copyOf(links);
    }

    /** An upright page. */
    PageModel(double width, double height, List<DrawItem> items, List<Link> links) {
        this(width, height, 0, items, links);
    }
}
