package dk.hoeringssvar.importer;

import dk.hoeringssvar.HoeringssvarException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Mends words that PDF extraction pulled apart ("m øde", "beskæft igelsesindsatsen", "Majbrit t").
 * Without a dictionary it joins only where that is safe: a lone consonant (Danish has no one-consonant
 * words) joins its neighbour, and fragments join when the whole word is one the document spells whole
 * elsewhere (or a common word) and at least one fragment is not a word on its own.
 */
final class LetterSpacing {

    private static final Set<String> COMMON = load();
    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";

    private static final java.util.regex.Pattern LONE_CONSONANT =
            java.util.regex.Pattern.compile("(?<=^|\\s)(?<!\\d\\s)[bcdfghjklmnpqrstvwxz](?=\\s\\p{Ll})");
    private static final java.util.regex.Pattern WIDE_GAPS =
            java.util.regex.Pattern.compile("\\p{L}  +\\p{L}.*\\p{L}  +\\p{L}");

    private final Map<String, Integer> counts;

    private LetterSpacing(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /** Learns the document's own words from all its lines. */
    static LetterSpacing forLines(List<String> lines) {
        Map<String, Integer> counts = new HashMap<>();
        for (String line : lines) {
            for (String token : line.split("\\s+")) {
                String w = core(token);
                if (!w.isEmpty()) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return new LetterSpacing(counts);
    }

    /** The line mended; {@code mended} receives each change (before, after). */
    String mend(String line, BiConsumer<String, String> mended) {
        if (line.isBlank()) {
            return line;
        }
        // In a line that shows letter spacing (a lone consonant, wide gaps between words) one known
        // fragment may join an unknown one ("om lægningen"); elsewhere no fragment may be a common word
        // (fragments such as "beskæft" may recur in a document, so the document cannot vouch for them).
        boolean spaced = LONE_CONSONANT.matcher(line).find() || WIDE_GAPS.matcher(line.strip()).find();
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        // keep the gaps: wide gaps separate columns (signatures side by side)
        String[] parts = line.strip().split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");
        java.util.ArrayList<String> tokens = new java.util.ArrayList<>();
        java.util.ArrayList<String> gaps = new java.util.ArrayList<>(); // gaps.get(i) follows tokens.get(i)
        for (String p : parts) {
            if (p.isBlank()) {
                gaps.set(gaps.size() - 1, p);
            } else {
                tokens.add(p);
                gaps.add("");
            }
        }
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            // a lone consonant: join right ("m øde") or left ("Majbrit t")
            String t = tokens.get(i);
            if (t.length() == 1 && CONSONANTS.indexOf(t.charAt(0)) >= 0) {
                boolean afterNumber = i > 0 && core(tokens.get(i - 1)).matches("\\d+"); // "5 m" is a unit
                boolean canRight = i + 1 < tokens.size() && startsLower(tokens.get(i + 1)) && narrow(gaps.get(i))
                        && !afterNumber;
                boolean canLeft = i > 0 && endsWithLetter(tokens.get(i - 1)) && narrow(gaps.get(i - 1));
                boolean right;
                if (canRight && canLeft) {
                    String prev = tokens.get(i - 1);
                    boolean doubled = Character.toLowerCase(prev.charAt(prev.length() - 1)) == t.charAt(0);
                    right = known(core(t + tokens.get(i + 1))) || !(doubled || known(core(prev + t)));
                } else {
                    right = canRight;
                }
                if (canRight || canLeft) {
                    int at = right ? i : i - 1;
                    String before = tokens.get(at) + " " + tokens.get(at + 1);
                    String after = tokens.get(at) + tokens.get(at + 1);
                    mended.accept(before, after);
                    tokens.set(at, after);
                    gaps.set(at, gaps.get(at + 1));
                    tokens.remove(at + 1);
                    gaps.remove(at + 1);
                    i = at - 1 < -1 ? -1 : at - 1;
                    changed = true;
                    continue;
                }
            }
        }
        for (int i = 0; i + 1 < tokens.size(); i++) {
            for (int k = Math.min(3, tokens.size() - 1 - i); k >= 1; k--) {
                if (joinable(tokens, gaps, i, k, spaced)) {
                    StringBuilder before = new StringBuilder(tokens.get(i));
                    StringBuilder after = new StringBuilder(tokens.get(i));
                    for (int j = 1; j <= k; j++) {
                        before.append(' ').append(tokens.get(i + j));
                        after.append(tokens.get(i + j));
                    }
                    mended.accept(before.toString(), after.toString());
                    tokens.set(i, after.toString());
                    gaps.set(i, gaps.get(i + k));
                    for (int j = 0; j < k; j++) {
                        tokens.remove(i + 1);
                        gaps.remove(i + 1);
                    }
                    changed = true;
                    break;
                }
            }
        }
        if (!changed) {
            return line;
        }
        StringBuilder out = new StringBuilder(indent);
        for (int i = 0; i < tokens.size(); i++) {
            out.append(tokens.get(i)).append(gaps.get(i));
        }
        return out.toString();
    }

    private boolean joinable(List<String> tokens, List<String> gaps, int i, int k, boolean spaced) {
        String first = tokens.get(i);
        if (!endsWithLetter(first) || core(first).isEmpty()) {
            return false;
        }
        StringBuilder whole = new StringBuilder(core(first));
        boolean someUnknown = !known(core(first));
        boolean noneCommon = !COMMON.contains(core(first));
        for (int j = 1; j <= k; j++) {
            String next = tokens.get(i + j);
            if (!narrow(gaps.get(i + j - 1)) || !startsLower(next) || (j < k && !endsWithLetter(next))) {
                return false;
            }
            String c = core(next);
            whole.append(c);
            someUnknown |= !known(c);
            noneCommon &= !COMMON.contains(c);
        }
        String w = whole.toString();
        return (spaced ? someUnknown : noneCommon) && (COMMON.contains(w) || counts.getOrDefault(w, 0) >= 1);
    }

    /** A word is known when it is common or the document uses it more than once (the fragment itself is one use). */
    private boolean known(String word) {
        return word.length() == 1 ? "iåø".contains(word) : COMMON.contains(word) || counts.getOrDefault(word, 0) >= 2;
    }

    private static boolean narrow(String gap) {
        return gap.length() <= 1;
    }

    private static boolean startsLower(String token) {
        return !token.isEmpty() && Character.isLowerCase(token.charAt(0));
    }

    private static boolean endsWithLetter(String token) {
        return !token.isEmpty() && Character.isLetter(token.charAt(token.length() - 1));
    }

    /** Lower case, without surrounding punctuation. */
    static String core(String token) {
        int s = 0;
        int e = token.length();
        while (s < e && !Character.isLetterOrDigit(token.charAt(s))) {
            s++;
        }
        while (e > s && !Character.isLetterOrDigit(token.charAt(e - 1))) {
            e--;
        }
        return token.substring(s, e).toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = LetterSpacing.class.getResourceAsStream("/dk/hoeringssvar/importer/common-words.txt")) {
            if (in == null) {
                throw new HoeringssvarException("common-words.txt is missing from the library");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new HoeringssvarException("cannot read common-words.txt: " + e.getMessage(), e);
        }
        return Set.copyOf(words);
    }
}
