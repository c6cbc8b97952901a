package dk.hoeringssvar.template;

import dk.hoeringssvar.i18n.Labels;
import dk.hoeringssvar.model.Image;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.Stance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;

/**
 * The helper templates see as {@code fn}: dates, times and enum labels in the engine's language, and
 * images as data URIs. These methods, and the accessors of the model's records, are all a template
 * can call.
 */
public final class TemplateFunctions {

    private final Labels labels;

    public TemplateFunctions(Labels labels) {
        this.labels = labels;
    }

    /** {@code 5. november 2015}. */
    public String longDate(LocalDate date) {
        return labels.longDate(date);
    }

    /** {@code 05.11.2015}. */
    public String shortDate(LocalDate date) {
        return labels.shortDate(date);
    }

    /** {@code torsdag den 5. november 2015}. */
    public String weekdayDate(LocalDate date) {
        return labels.weekdayDate(date);
    }

    /** {@code 11.00}. */
    public String time(LocalTime time) {
        return labels.time(time);
    }

    public String stance(Stance stance) {
        return labels.stance(stance);
    }

    public String position(Position position) {
        return labels.position(position);
    }

    /** A label with {@code {0}}, {@code {1}} … filled in: {@code fn.format('publish.logTotal', n)}. */
    public String format(String key, Object... arguments) {
        return labels.format(key, arguments);
    }

    /** The image as a {@code data:} URI, the form the markup's {@code <img src>} takes. */
    public String dataUri(Image image) {
        return "data:" + image.format().mediaType() + ";base64," + Base64.getEncoder().encodeToString(image.data());
    }
}
