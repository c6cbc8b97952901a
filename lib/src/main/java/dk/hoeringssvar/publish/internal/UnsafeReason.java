package dk.hoeringssvar.publish.internal;

import dk.hoeringssvar.i18n.LabelLanguage;
import dk.hoeringssvar.i18n.Labels;
import java.util.List;
import java.util.Objects;

/**
 * Why a received file cannot be cleaned of personal data safely, as a label ({@code publish.unsafe.*})
 * and its arguments: the redaction log says it in the engine's language, an exception in English.
 * Arguments are strings, so a page number is never written with a thousands separator.
 *
 * @param key       the label's key after {@code publish.unsafe.}
 * @param arguments the label's {@code {0}}, {@code {1}} …
 */
record UnsafeReason(String key, List<String> arguments) {

    private static final Labels ENGLISH = Labels.of(LabelLanguage.ENGLISH);

    UnsafeReason {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    static UnsafeReason of(String key, Object... arguments) {
        return new UnsafeReason(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }

    /** On page {@code page} (from 1). */
    static UnsafeReason onPage(int page, String key) {
        return of(key, page);
    }

    /** The reason in {@code labels}' language. */
    String in(Labels labels) {
        return labels.format("publish.unsafe." + key, arguments.toArray());
    }

    /** The reason in English, for exception messages. */
    String english() {
        return in(ENGLISH);
    }
}
