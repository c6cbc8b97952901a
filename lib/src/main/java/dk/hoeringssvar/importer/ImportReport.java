package dk.hoeringssvar.importer;

import dk.hoeringssvar.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What an import recognised and what it was unsure of, so that a person can check the result.
 *
 * @param source        the file or name the text came from
 * @param format        how the text was read
 * @param recognised    every part found, in the order of the text
 * @param uncertainties what was guessed or could not be placed, with a confidence
 * @param repairs       every change made to the extracted text before reading it
 * @param points        the stance guessed for each point
 */
public record ImportReport(String source, SourceFormat format, List<Recognised> recognised,
                           List<Uncertainty> uncertainties, List<Repair> repairs, List<PointGuess> points) {

    public ImportReport {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        recognised = List.copyOf(recognised);
        uncertainties = List.copyOf(uncertainties);
        repairs = List.copyOf(repairs);
        points = List.copyOf(points);
    }

    /**
     * One recognised part.
     *
     * @param field    where it went in the model: {@code title}, {@code date}, {@code annexes[0].statements[2].senders[0]}
     * @param value    what the model holds, as text (a date as ISO-8601)
     * @param line     the line of the input it came from (1-based; 0 when derived from the whole text)
     * @param consumed the words of the input that the model holds in another form or as structure: a
     *                 label such as "Til" or "Sagsnr.", a date as written, a list number; empty when none
     * @param derived  true when the value is not new text of the input but taken from other text (a
     *                 sender named in the title) or made up as a fallback ("Ukendt afsender")
     */
    public record Recognised(String field, String value, int line, String consumed, boolean derived) {
        public Recognised {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            consumed = consumed == null ? "" : consumed;
        }
    }

    /**
     * Something the importer was unsure of.
     *
     * @param what       the field or text concerned
     * @param why        the reason, in plain words
     * @param confidence 0 (a blind guess) to 1 (sure)
     * @param line       the line of the input (1-based; 0 when about the whole text)
     */
    public record Uncertainty(String what, String why, double confidence, int line) {
        public Uncertainty {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(why, "why");
            if (confidence < 0 || confidence > 1) {
                throw new IllegalArgumentException("confidence must be within 0..1, was " + confidence);
            }
        }
    }

    /** The kinds of change made to extracted text. */
    public enum RepairKind {
        /** A running page number ("3", "Side 2 af 3", "- 4 -") was dropped. */
        PAGE_NUMBER_DROPPED,
        /** A line repeated at the top or bottom of pages (a page stamp, a running header) was dropped. */
        PAGE_STAMP_DROPPED,
        /** A word split by a hyphen at the end of a line was joined; a compound's own hyphen is kept. */
        HYPHENATION_JOINED,
        /** A word pulled apart by letter spacing ("m øde") was mended. */
        LETTER_SPACING_MENDED,
        /** A soft hyphen or a stray control character was removed. */
        INVISIBLE_CHARACTER_REMOVED
    }

    /**
     * One change to the text.
     *
     * @param kind   what was done
     * @param line   the line of the input (1-based)
     * @param before the text as extracted
     * @param after  the text after the repair (empty when dropped)
     */
    public record Repair(RepairKind kind, int line, String before, String after) {
        public Repair {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * The stance guessed for one point.
     *
     * @param statement  which statement: {@code ""} for the main one, {@code annexes[0].statements[2]} for an annexed one
     * @param text       the point's text
     * @param stance     the guess
     * @param confidence 0..1, from the strength and number of cues
     * @param cues       the words that decided it
     */
    public record PointGuess(String statement, String text, Stance stance, double confidence, List<String> cues) {
        public PointGuess {
            Objects.requireNonNull(statement, "statement");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(stance, "stance");
            cues = List.copyOf(cues);
        }
    }

    /** The recognised parts whose field is exactly {@code field}. */
    public List<Recognised> recognised(String field) {
        return recognised.stream().filter(r -> r.field().equals(field)).toList();
    }

    /** A plain-text account for people, one item a line. */
    public String toText() {
        List<String> lines = new ArrayList<>();
        lines.add("Import of " + source + " (" + format.name().toLowerCase(Locale.ROOT) + ")");
        lines.add("");
        lines.add("Recognised:");
        for (Recognised r : recognised) {
            lines.add("  " + r.field() + " = " + shorten(r.value()) + where(r.line())
                    + (r.derived() ? " (derived)" : ""));
        }
        lines.add("");
        lines.add("Points:");
        for (PointGuess p : points) {
            lines.add("  " + (p.statement().isEmpty() ? "" : p.statement() + ": ")
                    + p.stance().name().toLowerCase(Locale.ROOT) + String.format(Locale.ROOT, " %.2f", p.confidence())
                    + (p.cues().isEmpty() ? "" : " " + p.cues()) + " – " + shorten(p.text()));
        }
        lines.add("");
        lines.add("Unsure:");
        for (Uncertainty u : uncertainties) {
            lines.add("  " + u.what() + String.format(Locale.ROOT, " (%.2f)", u.confidence()) + where(u.line())
                    + ": " + u.why());
        }
        lines.add("");
        lines.add("Repairs:");
        for (Repair r : repairs) {
            lines.add("  " + r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + where(r.line()) + ": "
                    + shorten(r.before()) + (r.after().isEmpty() ? "" : " → " + shorten(r.after())));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String where(int line) {
        return line > 0 ? " [line " + line + "]" : "";
    }

    private static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= 90 ? oneLine : oneLine.substring(0, 87) + "…";
    }
}
