package dk.hoeringssvar.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Danish dates as they are written in statements: "5. november 2015", "d. 6. september 2021",
 * "den 1 marts 2023", "5. nov. 2015", "20.juni 2023", "01-08-2025", "1.8.2025", "2025-08-01", with or
 * without a weekday ("Torsdag den 5. november 2015").
 */
final class DanishDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jan", 1),
            Map.entry("februar", 2), Map.entry("feb", 2),
            Map.entry("marts", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("maj", 5),
            Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7),
            Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9),
            Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11),
            Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)\\.?";
    private static final String WEEKDAY = "(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)";

    /** "5. november 2015", "5 nov. 2015", "20.juni 2023"; the year may be missing ("5. november"). */
    private static final Pattern LONG = Pattern.compile(
            "(?iu)(?<![\\p{L}\\p{N}])(\\d{1,2})\\s*\\.?\\s*" + MONTH + "(?:\\s+(\\d{4}))?(?![\\p{L}\\p{N}])");
    /** "01-08-2025", "1.8.2025", "01/08/25". */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\p{L}\\p{N}.\\-/])(\\d{1,2})([-./])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\p{N}])");
    /** "2025-08-01". */
    private static final Pattern ISO = Pattern.compile("(?<![\\p{N}-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\p{N}])");

    /** A whole line that is a date, with optional place, weekday and "den"/"d."/"Dato:". */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?iu)^(?:(?<place>\\p{Lu}[\\p{L}.\\- ]{1,30}?),\\s*)?(?<prefix>(?:dato\\s*:?\\s*)?(?:" + WEEKDAY
                    + "\\s*,?\\s*)?(?:den|d\\.)?\\s*)(?<date>.+?)\\s*\\.?$");

    private DanishDates() {
    }

    /** A date found somewhere in the text, with where it was. */
    record Found(LocalDate date, int start, int end) {
    }

    /** A whole line read as a date line: place (may be null), the date, the text consumed as the date. */
    record DateLine(String place, LocalDate date, String dateText) {
    }

    /** The first date in {@code text}, if any; a date without a year is skipped. */
    static Optional<Found> find(String text) {
        Found best = null;
        for (Pattern p : new Pattern[] {LONG, NUMERIC, ISO}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<LocalDate> d = toDate(p, m);
                if (d.isPresent()) {
                    if (best == null || m.start() < best.start()) {
                        best = new Found(d.get(), m.start(), m.end());
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The text as exactly one date (surrounding spaces and a final full stop allowed). */
    static Optional<LocalDate> parse(String text) {
        String t = text.strip();
        if (t.endsWith(".")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        for (Pattern p : new Pattern[] {LONG, NUMERIC, ISO}) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                return toDate(p, m);
            }
        }
        return Optional.empty();
    }

    /** A line that is nothing but a date: "Skibby, den 23. september 2014", "d. 6. september 2021", "01-08-2025". */
    static Optional<DateLine> dateLine(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > 70) {
            return Optional.empty();
        }
        Matcher m = DATE_LINE.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parse(m.group("date"));
        if (date.isEmpty()) {
            // "Den 5. november 2015" where the optional place swallowed nothing but the prefix is greedy
            return Optional.empty();
        }
        String place = m.group("place");
        if (place != null && place.strip().toLowerCase(Locale.ROOT).matches(".*\\d.*")) {
            return Optional.empty();
        }
        String consumed = place == null ? t : t.substring(m.end("place")).replaceFirst("^\\s*,", "").strip();
        return Optional.of(new DateLine(place == null ? null : place.strip(), date.get(), consumed));
    }

    private static Optional<LocalDate> toDate(Pattern p, Matcher m) {
        try {
            if (p == LONG) {
                if (m.group(3) == null) {
                    return Optional.empty();
                }
                int month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1))));
            }
            if (p == NUMERIC) {
                int year = Integer.parseInt(m.group(4));
                if (m.group(4).length() == 2) {
                    year += 2000;
                }
                return Optional.of(LocalDate.of(year, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1))));
            }
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
