package dk.hoeringssvar.i18n;

import java.util.Locale;

/** The label sets shipped with the library. Danish is the first language. */
public enum LabelLanguage {
    DANISH(Locale.of("da", "DK")),
    ENGLISH(Locale.of("en", "GB"));

    private final Locale locale;

    LabelLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
