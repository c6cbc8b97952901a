package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.CompiledDocument;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.TextAlign;
import dk.hoeringssvar.render.TextStyle;
import dk.hoeringssvar.theme.Rgb;
import java.util.ArrayList;
import java.util.List;

/**
 * The marks a bundle puts on the pages of its parts: the stamp ("Bilag 3 · side 2 af 5" and the stamp
 * line) right-aligned in the top margin, and on received pages also the bundle's footer, small in the
 * bottom margin. On received pages both sit on a white backing, so they stay readable over whatever the
 * page has there, and inside the page box whatever its size. All of it is decoration.
 */
final class StampLayout {

    private static final Rgb WHITE = new Rgb(255, 255, 255);

    private final StyleSheet styles;
    private final Typesetter typesetter;

    StampLayout(StyleSheet styles, Typesetter typesetter) {
        this.styles = styles;
        this.typesetter = typesetter;
    }

    /** The stamp of page {@code page} of {@code pages} of the part labelled {@code label}. */
    List<DrawItem> stamp(CompiledDocument.Stamp stamp, String label, int page, int pages, double pageWidth,
                         double pageHeight, boolean backing, StructNode owner) {
        List<Inline> content = new ArrayList<>();
        content.add(Inline.Text.plain(stamp.firstLine(label, page, pages)));
        if (!stamp.line().isBlank()) {
            content.add(new Inline.LineBreak());
            content.add(Inline.Text.plain(stamp.line()));
        }
        double side = side(pageWidth, backing);
        double top = Math.min(styles.headerFooterOffset() / 2, pageHeight * 0.04);
        List<DrawItem.TextLine> lines = typesetter.set(content, styles.stamp(), 0, pageWidth - 2 * side,
                Tag.decoration(owner), null);
        List<DrawItem.TextLine> placed = new ArrayList<>(lines.size());
        lines.forEach(l -> placed.add(l.placed(side, pageHeight - top)));
        return withBacking(placed, pageWidth - side, backing, owner);
    }

    /** The bundle's footer on a received page, right-aligned in the bottom margin. */
    List<DrawItem> receivedPageFooter(List<Inline> footer, int number, int count, double pageWidth,
                                      double pageHeight, StructNode owner) {
        if (footer.isEmpty()) {
            return List.of();
        }
        TextStyle style = BlockLayout.withAlign(styles.stamp(), TextAlign.RIGHT);
        double side = side(pageWidth, true);
        double bottom = Math.min(styles.headerFooterOffset() / 2, pageHeight * 0.04);
        List<DrawItem.TextLine> lines = typesetter.set(footer, style, 0, pageWidth - 2 * side, Tag.decoration(owner),
                new LineBreaker.Numbers(number, count));
        double top = bottom + lines.size() * style.leading();
        List<DrawItem.TextLine> placed = new ArrayList<>(lines.size());
        lines.forEach(l -> placed.add(l.placed(side, top)));
        return withBacking(placed, pageWidth - side, true, owner);
    }

    /** Distance of the marks from the page's left and right edges. */
    private double side(double pageWidth, boolean received) {
        double side = received ? Math.min(styles.marginRight(), styles.headerFooterOffset()) : styles.marginRight();
        return Math.min(side, pageWidth * 0.06);
    }

    private List<DrawItem> withBacking(List<DrawItem.TextLine> lines, double right, boolean backing,
                                       StructNode owner) {
        List<DrawItem> items = new ArrayList<>(lines.size() + 1);
        if (backing && !lines.isEmpty()) {
            double pad = styles.stamp().size() * 0.4;
            double left = right;
            double top = Double.NEGATIVE_INFINITY;
            double bottom = Double.POSITIVE_INFINITY;
            for (DrawItem.TextLine line : lines) {
                left = Math.min(left, line.x());
                top = Math.max(top, line.baseline() + line.ascent());
                bottom = Math.min(bottom, line.baseline() + line.ascent() - line.height());
            }
            // A hairline frame, so the backing reads as a label and not as a hole in the received page.
            double hair = 0.5;
            double x = left - pad;
            double y = bottom - pad / 2;
            double w = right - left + 2 * pad;
            double h = top - bottom + pad;
            items.add(new DrawItem.Fill(x - hair, y - hair, w + 2 * hair, h + 2 * hair, styles.tableBorderColour(),
                    Tag.decoration(owner)));
            items.add(new DrawItem.Fill(x, y, w, h, WHITE, Tag.decoration(owner)));
        }
        items.addAll(lines);
        return items;
    }
}
