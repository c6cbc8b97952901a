package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The running header and footer of each page, laid out once the page count is known so that
 * "Side X af Y" is real text with the right width (a right-aligned footer stays flush right).
 * Both are decoration: they repeat on every page and are not part of the reading order.
 */
final class RunningText {

    private final StyleSheet styles;
    private final Typesetter typesetter;

    RunningText(StyleSheet styles, Typesetter typesetter) {
        this.styles = styles;
        this.typesetter = typesetter;
    }

    /** Items for page {@code number} (1-based) of {@code count}: the header's first baseline sits
     * headerFooterOffset above the text area, the footer's below it. */
    List<DrawItem> forPage(List<Inline> header, List<Inline> footer, int number, int count, StructNode owner) {
        List<DrawItem> items = new ArrayList<>();
        LineBreaker.Numbers numbers = new LineBreaker.Numbers(number, count);
        double left = styles.marginLeft();
        if (!header.isEmpty()) {
            double baseline = styles.pageHeight() - styles.marginTop() + styles.headerFooterOffset();
            addLines(items, header, styles.runningHeader(), numbers, left, baseline, owner);
        }
        if (!footer.isEmpty()) {
            double baseline = styles.marginBottom() - styles.headerFooterOffset();
            addLines(items, footer, styles.runningFooter(), numbers, left, baseline, owner);
        }
        return items;
    }

    private void addLines(List<DrawItem> items, List<Inline> content, TextStyle style, LineBreaker.Numbers numbers,
                          double left, double firstBaseline, StructNode owner) {
        List<DrawItem.TextLine> lines = typesetter.set(content, style, 0, styles.textWidth(), Tag.decoration(owner),
                numbers);
        if (lines.isEmpty()) {
            return;
        }
        // Local baselines start at the first line's offset; move them so the first sits on firstBaseline.
        double first = lines.get(0).baseline();
        for (DrawItem.TextLine line : lines) {
            items.add(line.placed(left, firstBaseline + first));
        }
    }
}
