package dk.hoeringssvar.render.pdf;

import java.util.List;

/** One laid-out page: its items in PDF page coordinates, in painting (and reading) order. */
record PageModel(List<DrawItem> items) {
    PageModel {
        items = List.copyOf(items);
    }
}
