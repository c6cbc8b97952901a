package dk.hoeringssvar.render.html;

import dk.hoeringssvar.document.Block;
import dk.hoeringssvar.render.StyleSheet;
import dk.hoeringssvar.theme.Rgb;
import java.util.List;
import java.util.Locale;

/**
 * A chart as inline SVG: one horizontal stacked bar per category, a legend under it. The SVG has
 * {@code role="img"} and the chart's alt text as its title, so screen readers announce it.
 */
final class HtmlChart {

    private static final int WIDTH = 640;
    private static final int LABEL_WIDTH = 190;
    private static final int ROW = 26;
    private static final int BAR = 16;

    private HtmlChart() {
    }

    static void write(HtmlWriter w, Block.Chart chart, StyleSheet styles) {
        List<Rgb> palette = styles.chartPalette();
        int max = 1;
        for (int c = 0; c < chart.categories().size(); c++) {
            int total = 0;
            for (Block.ChartSeries s : chart.series()) {
                total += s.values().get(c);
            }
            max = Math.max(max, total);
        }
        int legendY = chart.categories().size() * ROW + 24;
        int height = legendY + 24;
        double unit = (WIDTH - LABEL_WIDTH - 40) / (double) max;
        w.open("figure", "class", "hs-chart");
        w.raw("<svg").attribute("xmlns", "http://www.w3.org/2000/svg").attribute("role", "img")
                .attribute("viewBox", "0 0 " + WIDTH + " " + height).attribute("width", "100%")
                .attribute("font-family", styles.theme().fonts().family()).attribute("font-size", "12").raw(">");
        w.open("title").text(chart.altText()).close("title");
        for (int c = 0; c < chart.categories().size(); c++) {
            int y = c * ROW + 6;
            w.raw("<text").attribute("x", Integer.toString(LABEL_WIDTH - 8)).attribute("y", Integer.toString(y + 12))
                    .attribute("text-anchor", "end").attribute("fill", styles.theme().textColour().toCss()).raw(">")
                    .text(chart.categories().get(c)).close("text");
            double x = LABEL_WIDTH;
            int total = 0;
            for (int s = 0; s < chart.series().size(); s++) {
                int value = chart.series().get(s).values().get(c);
                total += value;
                if (value == 0) {
                    continue;
                }
                double width = value * unit;
                w.raw("<rect").attribute("x", num(x)).attribute("y", Integer.toString(y))
                        .attribute("width", num(width)).attribute("height", Integer.toString(BAR))
                        .attribute("fill", palette.get(s % palette.size()).toCss()).raw(">")
                        .open("title").text(chart.series().get(s).name() + ": " + value).close("title").close("rect");
                x += width;
            }
            w.raw("<text").attribute("x", num(x + 6)).attribute("y", Integer.toString(y + 12))
                    .attribute("fill", styles.theme().mutedColour().toCss()).raw(">").text(Integer.toString(total))
                    .close("text");
        }
        double x = LABEL_WIDTH;
        for (int s = 0; s < chart.series().size(); s++) {
            String name = chart.series().get(s).name();
            w.raw("<rect").attribute("x", num(x)).attribute("y", Integer.toString(legendY))
                    .attribute("width", "10").attribute("height", "10")
                    .attribute("fill", palette.get(s % palette.size()).toCss()).raw("></rect>");
            w.raw("<text").attribute("x", num(x + 14)).attribute("y", Integer.toString(legendY + 9))
                    .attribute("fill", styles.theme().textColour().toCss()).raw(">").text(name).close("text");
            x += 24 + name.length() * 7;
        }
        w.raw("</svg>");
        if (!chart.title().isEmpty()) {
            w.open("figcaption").text(chart.title()).close("figcaption");
        }
        w.close("figure").newline();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
