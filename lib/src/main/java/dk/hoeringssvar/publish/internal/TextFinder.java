package dk.hoeringssvar.publish.internal;

import dk.hoeringssvar.publish.PersonalData;
import dk.hoeringssvar.publish.PublicationPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what a policy removes from one text. The result is sorted and free of overlaps (overlapping
 * finds are joined under the first rule), and nothing inside a kept text or a kept pattern's match is
 * returned. Immutable and thread-safe.
 *
 * <p>A finder is made for a context: a private sender's text is also searched for street addresses and
 * for the sender's own streets, given as literals.
 */
public final class TextFinder {

    private final PublicationPolicy policy;
    private final boolean privateSender;
    private final List<Pattern> literals;
    private final List<Pattern> names;
    private final List<Pattern> kept;

    private TextFinder(PublicationPolicy policy, boolean privateSender, List<String> ownStreets) {
        this.policy = policy;
        this.privateSender = privateSender;
        this.literals = ownStreets.stream().filter(s -> !s.isBlank()).map(TextFinder::wholeWords).toList();
        this.names = policy.names().stream().map(TextFinder::wholeWords).toList();
        List<Pattern> keep = new ArrayList<>(policy.keptPatterns());
        policy.keptTexts().forEach(t -> keep.add(Pattern.compile(Pattern.quote(t),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        this.kept = List.copyOf(keep);
    }

    /** For an organisation's text, or text of no sender. */
    public static TextFinder general(PublicationPolicy policy) {
        return new TextFinder(policy, false, List.of());
    }

    /** For a private sender's text: street addresses too, and the sender's own streets wherever they occur. */
    public static TextFinder privateSender(PublicationPolicy policy, List<String> ownStreets) {
        return new TextFinder(policy, true, ownStreets);
    }

    public boolean isPrivate() {
        return privateSender;
    }

    /** Whether anything in {@code text} is to be removed. */
    public boolean matches(String text) {
        return !find(text).isEmpty();
    }

    public List<Span> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Span> found = new ArrayList<>();
        if (policy.kinds().contains(PersonalData.CPR)) {
            Matcher m = DanishPatterns.CPR.matcher(text);
            while (m.find()) {
                if (DanishPatterns.plausibleCpr(m)) {
                    found.add(new Span(m.start(), m.end(), PersonalData.CPR.ruleName()));
                }
            }
        }
        if (policy.kinds().contains(PersonalData.EMAIL)) {
            addAll(found, DanishPatterns.EMAIL, text, PersonalData.EMAIL.ruleName());
        }
        if (policy.kinds().contains(PersonalData.ACCOUNT)) {
            Matcher m = DanishPatterns.ACCOUNT.matcher(text);
            while (m.find()) {
                found.add(new Span(DanishPatterns.accountStart(m), m.end(), PersonalData.ACCOUNT.ruleName()));
            }
        }
        if (policy.kinds().contains(PersonalData.PHONE)) {
            Matcher m = DanishPatterns.PHONE.matcher(text);
            while (m.find()) {
                if (DanishPatterns.plausiblePhone(text, m)) {
                    found.add(new Span(m.start(), m.end(), PersonalData.PHONE.ruleName()));
                }
            }
        }
        if (privateSender && policy.kinds().contains(PersonalData.STREET_ADDRESS)) {
            for (Pattern street : literals) {
                addAll(found, street, text, PersonalData.STREET_ADDRESS.ruleName());
            }
            addAll(found, DanishPatterns.STREET, text, PersonalData.STREET_ADDRESS.ruleName());
        }
        for (Map.Entry<String, Pattern> rule : policy.patterns().entrySet()) {
            addAll(found, rule.getValue(), text, rule.getKey());
        }
        for (Pattern name : names) {
            addAll(found, name, text, "navn");
        }
        return merge(withoutKept(found, text));
    }

    private static void addAll(List<Span> found, Pattern pattern, String text, String rule) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            if (m.end() > m.start()) {
                found.add(new Span(m.start(), m.end(), rule));
            }
        }
    }

    private List<Span> withoutKept(List<Span> found, String text) {
        if (kept.isEmpty() || found.isEmpty()) {
            return found;
        }
        List<int[]> keptRanges = new ArrayList<>();
        for (Pattern keep : kept) {
            Matcher m = keep.matcher(text);
            while (m.find()) {
                keptRanges.add(new int[] {m.start(), m.end()});
            }
        }
        return found.stream()
                .filter(s -> keptRanges.stream().noneMatch(r -> r[0] <= s.start() && s.end() <= r[1]))
                .toList();
    }

    private static List<Span> merge(List<Span> found) {
        if (found.size() < 2) {
            return found;
        }
        List<Span> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> merged = new ArrayList<>();
        Span current = sorted.get(0);
        for (Span next : sorted.subList(1, sorted.size())) {
            if (next.start() < current.end()) {
                current = new Span(current.start(), Math.max(current.end(), next.end()), current.rule());
            } else {
                merged.add(current);
                current = next;
            }
        }
        merged.add(current);
        return merged;
    }

    private static Pattern wholeWords(String literal) {
        String words = Pattern.quote(literal.strip().toLowerCase(Locale.ROOT));
        return Pattern.compile("(?<![\\p{L}\\d])" + words + "(?![\\p{L}\\d])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
