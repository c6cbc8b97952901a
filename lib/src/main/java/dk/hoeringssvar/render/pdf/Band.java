package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.theme.Rgb;

/**
 * A vertical strip drawn over the full height of a slice: box sides, a quotation's rule, a tinted
 * background, table column borders. Bands of consecutive slices join up, so they follow a block
 * across a page break.
 */
record Band(double x, double width, Rgb colour, Tag tag) {

    Band shifted(double dx) {
        return new Band(x + dx, width, colour, tag);
    }

    DrawItem.Fill over(double height) {
        return new DrawItem.Fill(x, 0, width, height, colour, tag);
    }
}
