package dk.hoeringssvar.bundle;

import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.TextRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The model's text rules for the bundle records: the same cleaning and the same messages, by running
 * the text through a model record that applies them.
 */
final class Texts {

    private Texts() {
    }

    static String required(String value, String field) {
        if (value == null) {
            throw new InvalidModelException(field, "is required");
        }
        String cleaned = optional(value, field);
        if (cleaned == null) {
            throw new InvalidModelException(field, "must not be blank");
        }
        return cleaned;
    }

    static String optional(String value, String field) {
        if (value == null) {
            return null;
        }
        String cleaned;
        try {
            cleaned = new RichText(List.of(TextRun.plain(value))).plainText();
        } catch (InvalidModelException e) {
            throw new InvalidModelException(field, e.problem());
        }
        return cleaned.isBlank() ? null : cleaned;
    }

    static List<String> lines(List<String> values, String field) {
        if (values == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            out.add(required(values.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(out);
    }

    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidModelException(field + "[" + i + "]", "is required");
            }
        }
        return List.copyOf(values);
    }
}
