package dk.hoeringssvar.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Validation shared by the model's compact constructors. Text is cleaned of what XML cannot carry:
 * line ends become {@code \n}, a vertical tab or form feed (as pasted from Word) becomes a line break,
 * and any other control character, unpaired surrogate or non-character is rejected with the field named.
 */
final class Checks {

    /** The longest text one field may hold: far beyond any real statement, short of exhausting memory. */
    static final int MAX_TEXT_LENGTH = 20_000_000;

    private Checks() {
    }

    static String required(String value, String field) {
        if (value == null) {
            throw new InvalidModelException(field, "is required");
        }
        String cleaned = clean(value, field);
        if (cleaned.isBlank()) {
            throw new InvalidModelException(field, "must not be blank");
        }
        return cleaned;
    }

    /** Null stays null; blank text becomes null, so "absent" has one representation. */
    static String optional(String value, String field) {
        if (value == null) {
            return null;
        }
        String cleaned = clean(value, field);
        return cleaned.isBlank() ? null : cleaned;
    }

    /** Text that may be empty but not null (a run of rich text, for instance). */
    static String text(String value, String field) {
        if (value == null) {
            throw new InvalidModelException(field, "is required");
        }
        return clean(value, field);
    }

    static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new InvalidModelException(field, "is required");
        }
        return value;
    }

    /** An immutable copy; null becomes empty; a null element is rejected with its index. */
    static <T> List<T> list(List<T> values, String field) {
        if (values == null) {
            return List.of();
        }
        List<T> copy = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            copy.add(notNull(values.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(copy);
    }

    static <T> List<T> nonEmptyList(List<T> values, String field) {
        List<T> copy = list(values, field);
        if (copy.isEmpty()) {
            throw new InvalidModelException(field, "needs at least one entry");
        }
        return copy;
    }

    /** A list of text lines, each cleaned; blank lines are rejected. */
    static List<String> lines(List<String> values, String field) {
        List<String> copy = list(values, field);
        List<String> cleaned = new ArrayList<>(copy.size());
        for (int i = 0; i < copy.size(); i++) {
            cleaned.add(required(copy.get(i), field + "[" + i + "]"));
        }
        return List.copyOf(cleaned);
    }

    static String clean(String value, String field) {
        if (value.length() > MAX_TEXT_LENGTH) {
            throw bad(field, "is " + value.length() + " characters long; at most " + MAX_TEXT_LENGTH + " are allowed");
        }
        StringBuilder out = null;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String replacement = null;
            if (c == '\r') {
                replacement = (i + 1 < length && value.charAt(i + 1) == '\n') ? "" : "\n";
            } else if (c == '\u000B' || c == '\u000C' || c == '\u2028' || c == '\u2029') {
                replacement = "\n";
            } else if (c == '\t') {
                replacement = " ";
            } else if (c != '\n' && (c < 0x20 || (c >= 0x7F && c <= 0x9F))) {
                throw bad(field, "control character " + codePoint(c) + " at index " + i + " is not allowed");
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= length || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    throw bad(field, "unpaired surrogate " + codePoint(c) + " at index " + i);
                }
                if (out != null) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
                continue;
            } else if (Character.isLowSurrogate(c)) {
                throw bad(field, "unpaired surrogate " + codePoint(c) + " at index " + i);
            } else if (c == '\uFFFE' || c == '\uFFFF') {
                throw bad(field, "non-character " + codePoint(c) + " at index " + i + " is not allowed");
            }
            if (replacement != null && out == null) {
                out = new StringBuilder(length).append(value, 0, i);
            }
            if (out != null) {
                out.append(replacement != null ? replacement : String.valueOf(c));
            }
        }
        return out == null ? value : out.toString();
    }

    private static InvalidModelException bad(String field, String problem) {
        return new InvalidModelException(field, problem);
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
