package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.render.TextStyle;
import java.util.ArrayList;
import java.util.List;

/** Turns inline content in one {@link TextStyle} into positioned text lines. */
final class Typesetter {

    private final FontFaces fonts;
    private final LineBreaker breaker;

    Typesetter(FontFaces fonts) {
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
    }

    FontFaces fonts() {
        return fonts;
    }

    /**
     * Lines stacked from local y = 0 downwards, one leading apart, aligned per the style inside
     * {@code [x, x + width]}.
     *
     * @param numbers resolved page numbers, or null to leave page fields for the painter
     */
    List<DrawItem.TextLine> set(List<Inline> content, TextStyle style, double x, double width, Tag tag,
                                LineBreaker.Numbers numbers) {
        List<LineBreaker.Line> lines = breaker.breakLines(content, style.bold(), style.italic(), style.size(),
                width, numbers);
        double ascent = baselineOffset(style);
        List<DrawItem.TextLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LineBreaker.Line line = lines.get(i);
            double slack = Math.max(0, width - line.width());
            double dx = switch (style.align()) {
                case LEFT -> 0;
                case RIGHT -> slack;
                case CENTER -> slack / 2;
            };
            out.add(new DrawItem.TextLine(x + dx, i * style.leading() + ascent, ascent, style.leading(), style.size(),
                    style.colour(), line.runs(), tag));
        }
        return out;
    }

    /** One slice per line, so a paragraph can break between any two lines. */
    List<Slice> lineSlices(List<Inline> content, TextStyle style, double x, double width, Tag tag,
                           boolean orphanControl) {
        List<DrawItem.TextLine> lines = set(content, style, x, width, tag, null);
        List<Slice> slices = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            slices.add(Slice.of(style.leading(), List.of(lines.get(i).shifted(0, -i * style.leading()))));
        }
        if (orphanControl) {
            keepFirstAndLastTwo(slices);
        }
        return slices;
    }

    /** No single first line at a page bottom and no single last line at a page top. */
    static void keepFirstAndLastTwo(List<Slice> slices) {
        int n = slices.size();
        if (n >= 2) {
            slices.set(0, slices.get(0).withKeep(Keep.TOGETHER));
            slices.set(n - 2, slices.get(n - 2).withKeep(Keep.TOGETHER));
        }
    }

    /** Distance from the top of a line box to the baseline: half the extra leading, then the ascent. */
    double baselineOffset(TextStyle style) {
        double ascent = fonts.ascent(style.size());
        double descent = fonts.descent(style.size());
        return (style.leading() - ascent - descent) / 2 + ascent;
    }
}
