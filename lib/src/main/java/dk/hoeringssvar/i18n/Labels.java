package dk.hoeringssvar.i18n;

import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.Stance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * Every label and date format the outputs print, from one resource bundle
 * ({@code dk/hoeringssvar/i18n/labels*.properties}). Immutable and thread-safe. The JVM's default
 * locale plays no part: the bundle is chosen by {@link LabelLanguage} alone.
 */
public final class Labels {

    private static final String BUNDLE = "dk.hoeringssvar.i18n.labels";

    private final LabelLanguage language;
    private final Map<String, String> values;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;
    private final DateTimeFormatter weekdayDate;
    private final DateTimeFormatter time;

    private Labels(LabelLanguage language, Map<String, String> values) {
        this.language = language;
        this.values = Collections.unmodifiableMap(values);
        Locale locale = language.locale();
        this.longDate = DateTimeFormatter.ofPattern(get("date.long"), locale);
        this.shortDate = DateTimeFormatter.ofPattern(get("date.short"), locale);
        this.weekdayDate = DateTimeFormatter.ofPattern(get("date.weekday"), locale);
        this.time = DateTimeFormatter.ofPattern(get("time"), locale);
    }

    public static Labels of(LabelLanguage language) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        Locale bundleLocale = language == LabelLanguage.DANISH ? Locale.ROOT : language.locale();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale, Labels.class.getClassLoader(),
                noFallback);
        Map<String, String> values = new TreeMap<>();
        for (String key : bundle.keySet()) {
            values.put(key, bundle.getString(key));
        }
        return new Labels(language, values);
    }

    public LabelLanguage language() {
        return language;
    }

    /** The BCP 47 tag written into documents, {@code da-DK}. */
    public String languageTag() {
        return get("language.tag");
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new HoeringssvarException(new MissingResourceException("no label '" + key + "' for "
                    + language, BUNDLE, key).getMessage());
        }
        return value;
    }

    /** A label with {@code {0}}, {@code {1}} … filled in. */
    public String format(String key, Object... arguments) {
        return new java.text.MessageFormat(get(key), language.locale()).format(arguments);
    }

    /** All labels by key, for templates. */
    public Map<String, String> asMap() {
        return values;
    }

    /** {@code 5. november 2015}. */
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    /** {@code 05.11.2015}. */
    public String shortDate(LocalDate date) {
        return shortDate.format(date);
    }

    /** {@code torsdag den 5. november 2015}. */
    public String weekdayDate(LocalDate date) {
        return weekdayDate.format(date);
    }

    /** {@code 11.00}. */
    public String time(LocalTime value) {
        return time.format(value);
    }

    public String stance(Stance stance) {
        return get("stance." + stance.name());
    }

    public String position(Position position) {
        return get("position." + position.name());
    }
}
