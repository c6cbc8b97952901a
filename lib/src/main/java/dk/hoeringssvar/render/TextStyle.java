package dk.hoeringssvar.render;

import dk.hoeringssvar.theme.Rgb;

/**
 * How one kind of text looks, in points: size, weight, slant, colour, space before and after, line
 * height (baseline to baseline) and alignment. Inline bold/italic runs switch face on top of this.
 */
public record TextStyle(double size, boolean bold, boolean italic, Rgb colour,
                        double spaceBefore, double spaceAfter, double leading, TextAlign align) {
}
