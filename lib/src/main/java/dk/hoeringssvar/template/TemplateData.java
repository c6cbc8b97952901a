package dk.hoeringssvar.template;

import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Image;
import java.util.Map;
import java.util.Objects;

/**
 * What a statement template sees at its root:
 * <ul>
 *   <li>{@code statement}: the {@link HearingStatement}; record components read as properties
 *       ({@code statement.title}, {@code statement.hearing.caseNumber}), absent values are missing
 *       ({@code statement.date??});</li>
 *   <li>{@code labels}: every label by key ({@code labels.closing}, {@code labels["meeting.place"]});</li>
 *   <li>{@code fn}: {@link TemplateFunctions} ({@code fn.longDate(statement.date)});</li>
 *   <li>{@code logo} (missing when the theme has none) and {@code logoWidth}, its share of the text width;</li>
 *   <li>{@code annexPrefix}: empty for a statement on its own; in a bundle the statement's annex number
 *       ("3"), so its own annexes are numbered "Bilag 3.1", "3.2" ….</li>
 *   <li>{@code showPoints}: whether the statement's points are printed as its numbered remarks (off unless
 *       the engine is built with {@code showPoints(true)}); the standard template never prints the
 *       overall position or the points' themes and stances, which are the administration's reading.</li>
 * </ul>
 */
public record TemplateData(HearingStatement statement, Map<String, String> labels, TemplateFunctions fn,
                           Image logo, double logoWidth, String annexPrefix,
                           boolean showPoints) {
    public TemplateData {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(fn, "fn");
        Objects.requireNonNull(annexPrefix, "annexPrefix");
    }
}
