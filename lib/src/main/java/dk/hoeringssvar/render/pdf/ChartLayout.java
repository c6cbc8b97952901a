package dk.hoeringssvar.render.pdf;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.document.Inline;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.render.TextAlign;
import dk.hoeringssvar.render.TextStyle;
import dk.hoeringssvar.theme.Rgb;
import java.util.ArrayList;
import java.util.List;

/**
 * A chart as vector drawing, like the HTML one: per category its label on the left, one horizontal
 * bar stacked from the series (coloured by series index from {@link StyleSheet#chartPalette()}), the
 * total after the bar; a legend under the plot and the title as a caption below. Plot and legend are
 * one slice and the caption keeps with it, so a chart never breaks across pages. Everything but the
 * caption belongs to one Figure node carrying the alt text.
 */
final class ChartLayout {

    private static final Rgb WHITE = new Rgb(255, 255, 255);

    private final StyleSheet styles;
    private final Typesetter typesetter;
    private final BlockLayout blocks;

    ChartLayout(StyleSheet styles, Typesetter typesetter, BlockLayout blocks) {
        this.styles = styles;
        this.typesetter = typesetter;
        this.blocks = blocks;
    }

    BlockLayout.Laid chart(Block.Chart chart, BlockLayout.Ctx ctx) {
        StructNode figure = blocks.figureNode(ctx.parent(), chart.altText());
        Tag content = Tag.content(figure);
        Tag decoration = Tag.decoration(figure);
        FontFaces fonts = typesetter.fonts();
        double base = styles.theme().baseFontSize();
        double width = ctx.width();
        Rgb textColour = styles.theme().textColour();
        Rgb muted = styles.theme().mutedColour();
        TextStyle labelStyle = style(base * 0.86, textColour, TextAlign.RIGHT);
        TextStyle legendStyle = style(base * 0.86, textColour, TextAlign.LEFT);
        TextStyle totalStyle = style(base * 0.86, muted, TextAlign.LEFT);
        TextStyle valueStyle = style(base * 0.72, WHITE, TextAlign.LEFT);
        List<Rgb> palette = styles.chartPalette();
        List<String> categories = chart.categories();
        List<Block.ChartSeries> series = chart.series();
        int n = categories.size();

        int[] totals = new int[n];
        int max = 1;
        double widestLabel = 0;
        double widestTotal = 0;
        for (int c = 0; c < n; c++) {
            for (Block.ChartSeries s : series) {
                totals[c] += Math.max(0, s.values().get(c));
            }
            max = Math.max(max, totals[c]);
            widestLabel = Math.max(widestLabel, fonts.width(categories.get(c), Face.REGULAR, labelStyle.size()));
            widestTotal = Math.max(widestTotal, fonts.width(Integer.toString(totals[c]), Face.REGULAR,
                    totalStyle.size()));
        }
        double gap = base * 0.6;
        double labelWidth = Math.min(widestLabel, width * 0.32);
        double barX = labelWidth + gap;
        double barWidth = Math.max(width / 4, width - barX - gap - widestTotal);
        double unit = barWidth / max;

        List<List<DrawItem.TextLine>> labels = new ArrayList<>(n);
        int maxLabelLines = 1;
        for (String category : categories) {
            List<DrawItem.TextLine> lines = typesetter.set(List.of(Inline.Text.plain(category)), labelStyle, 0,
                    labelWidth, content, null);
            labels.add(lines);
            maxLabelLines = Math.max(maxLabelLines, lines.size());
        }
        double row = Math.max(Math.min(styles.chartHeight() / Math.max(1, n), base * 2.4),
                maxLabelLines * labelStyle.leading() + base * 0.5);
        double bar = Math.min(row - base * 0.5, base * 1.5);

        List<DrawItem> items = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            double rowTop = c * row;
            double barTop = rowTop + (row - bar) / 2;
            List<DrawItem.TextLine> lines = labels.get(c);
            double labelTop = rowTop + (row - lines.size() * labelStyle.leading()) / 2;
            lines.forEach(l -> items.add(l.shifted(0, labelTop)));
            double x = barX;
            for (int s = 0; s < series.size(); s++) {
                int value = Math.max(0, series.get(s).values().get(c));
                if (value == 0) {
                    continue;
                }
                double w = value * unit;
                items.add(new DrawItem.Fill(x, barTop, w, bar, palette.get(s % palette.size()), content));
                String label = Integer.toString(value);
                double labelW = fonts.width(label, Face.BOLD, valueStyle.size());
                if (labelW + 4 <= w) {
                    items.add(centredLine(label, Face.BOLD, valueStyle, x + (w - labelW) / 2, barTop, bar, content));
                }
                x += w;
            }
            String total = Integer.toString(totals[c]);
            items.add(centredLine(total, Face.REGULAR, totalStyle, x + gap / 2, barTop, bar, content));
        }
        double plotHeight = n * row;
        if (n > 0) {
            items.add(new DrawItem.Fill(barX - 0.5, 0, 0.75, plotHeight, muted, decoration));
        }

        // Legend: swatch and name, flowing left to right under the bars.
        double swatch = legendStyle.size() * 0.8;
        double legendTop = plotHeight + (n > 0 ? base * 0.8 : 0);
        double x = n > 0 ? barX : 0;
        double y = legendTop;
        for (int s = 0; s < series.size(); s++) {
            String name = series.get(s).name();
            double entryWidth = swatch + 4 + fonts.width(name, Face.REGULAR, legendStyle.size());
            if (x > barX && x + entryWidth > width) {
                x = n > 0 ? barX : 0;
                y += legendStyle.leading();
            }
            double baseline = y + typesetter.baselineOffset(legendStyle);
            items.add(new DrawItem.Fill(x, baseline - swatch, swatch, swatch, palette.get(s % palette.size()),
                    content));
            List<DrawItem.TextLine> text = typesetter.set(List.of(Inline.Text.plain(name)), legendStyle, x + swatch + 4,
                    Math.max(width - x - swatch - 4, 1), content, null);
            for (DrawItem.TextLine line : text) {
                items.add(line.shifted(0, y));
            }
            x += entryWidth + base * 1.4;
        }
        double height = series.isEmpty() ? plotHeight : y + legendStyle.leading();

        List<Slice> out = new ArrayList<>();
        out.add(Slice.of(height, items));
        TextStyle captionStyle = styles.caption();
        if (!chart.title().isBlank()) {
            List<Slice> caption = typesetter.lineSlices(List.of(Inline.Text.plain(chart.title())), captionStyle, 0,
                    width, Tag.content(blocks.node(StructureRole.CAPTION, figure)), false);
            out.add(Slice.of(captionStyle.spaceBefore(), List.of()));
            out.addAll(caption);
        }
        BlockLayout.keepAllTogether(out);
        return new BlockLayout.Laid(out, styles.blockGap(), Math.max(styles.blockGap(), captionStyle.spaceAfter()));
    }

    /** One line of {@code text} starting at {@code x}, centred vertically on a bar. */
    private DrawItem.TextLine centredLine(String text, Face face, TextStyle style, double x, double barTop,
                                          double barHeight, Tag tag) {
        FontFaces fonts = typesetter.fonts();
        double w = fonts.width(text, face, style.size());
        double capHeight = fonts.ascent(style.size()) * 0.72;
        double baseline = barTop + (barHeight + capHeight) / 2;
        return new DrawItem.TextLine(x, baseline, fonts.ascent(style.size()), style.leading(), style.size(),
                style.colour(), List.of(new Run(text, face, 0, w, null)), tag);
    }

    private static TextStyle style(double size, Rgb colour, TextAlign align) {
        return new TextStyle(size, false, false, colour, 0, 0, size * StyleSheet.LINE_HEIGHT, align);
    }
}
