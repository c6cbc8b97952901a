package dk.hoeringssvar.template;

import dk.hoeringssvar.bundle.HearingSummary;
import dk.hoeringssvar.bundle.SummaryPoint;
import java.util.List;
import java.util.Map;

/**
 * What the høringsnotat template ({@link TemplateNames#SUMMARY}) sees: {@code summary}, {@code labels},
 * {@code fn}, {@code annexPrefix} (empty on its own, "2." inside a packet, so annex 3 reads "Bilag 2.3"),
 * {@code themes} (the points grouped by theme) and the chart's {@code categories} and {@code series}.
 */
public record SummaryTemplateData(HearingSummary summary, Map<String, String> labels, TemplateFunctions fn,
                                  String annexPrefix, List<ThemeGroup> themes, List<String> categories,
                                  List<Series> series) {

    /** The points on one theme. */
    public record ThemeGroup(String theme, List<SummaryPoint> points) {
    }

    /** One stance's counts per category, space separated as the markup's {@code <series>} wants them. */
    public record Series(String name, String counts) {
    }
}
