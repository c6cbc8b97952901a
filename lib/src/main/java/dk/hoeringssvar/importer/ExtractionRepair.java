package dk.hoeringssvar.importer;

import dk.hoeringssvar.importer.ImportReport.Repair;
import dk.hoeringssvar.importer.ImportReport.RepairKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs what text extraction breaks, and records every change: drops running page numbers and page
 * stamps, joins words split by a line-end hyphen (keeping the hyphen of compounds such as "a-kasse",
 * "CV-samtale"), mends letter-spaced words, removes soft hyphens and stray control characters. Hard
 * line breaks are left in place; {@link Blocks} re-flows them into paragraphs.
 */
final class ExtractionRepair {

    /** "3", "- 3 -", "Side 2 af 3", "side 2/3", "Page 2 of 3". */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?iu)^\\s*[-–]?\\s*(?:(?:side|s\\.|page)\\s*)?\\d{1,3}(?:\\s*(?:af|/|of)\\s*\\d{1,3})?\\s*[-–]?\\s*$");
    /** A stamp this library itself puts on annex pages: "Bilag 3 · side 2 af 5". */
    private static final Pattern ANNEX_STAMP = Pattern.compile(
            "(?iu)^\\s*bilag\\s+[\\d.]+\\s*[·|•,–-]\\s*side\\s+\\d+\\s+af\\s+\\d+\\s*$");
    private static final Pattern SUSPENDED = Pattern.compile("(?iu)^(og|eller|samt|til|&|el\\.)\\b.*");
    private static final int EDGE = 2;

    /** The repaired lines and what was changed. */
    record Result(List<SourceLine> lines, List<Repair> repairs) {
    }

    private ExtractionRepair() {
    }

    static Result repair(String text) {
        List<Repair> repairs = new ArrayList<>();
        List<SourceLine> lines = new ArrayList<>();
        List<Integer> pageStarts = new ArrayList<>(); // index into lines where a page begins
        pageStarts.add(0);
        String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int n = 0; n < raw.length; n++) {
            String line = invisible(raw[n], n + 1, repairs);
            String[] pages = line.split("\f", -1);
            for (int p = 0; p < pages.length; p++) {
                if (p > 0) {
                    pageStarts.add(lines.size());
                }
                if (!pages[p].isEmpty() || pages.length == 1) {
                    lines.add(new SourceLine(n + 1, pages[p].replace('\t', ' ').replace('\u00A0', ' ')));
                }
            }
        }
        Set<Integer> starts = new HashSet<>(pageStarts);
        Set<Integer> boundaries = new HashSet<>(); // indexes into kept where a page begins
        boundaries.add(0);
        List<SourceLine> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (starts.contains(i)) {
                boundaries.add(kept.size());
            }
            boolean pageNumber = PAGE_NUMBER.matcher(line.text()).matches();
            if (pageNumber || ANNEX_STAMP.matcher(line.text()).matches()) {
                repairs.add(new Repair(pageNumber ? RepairKind.PAGE_NUMBER_DROPPED : RepairKind.PAGE_STAMP_DROPPED,
                        line.number(), line.text().strip(), ""));
                boundaries.add(kept.size());
                continue;
            }
            kept.add(line);
        }
        kept = dropStamps(kept, boundaries, repairs);
        kept = joinHyphenation(kept, repairs);
        kept = mendLetterSpacing(kept, repairs);
        return new Result(List.copyOf(kept), repairs);
    }

    private static String invisible(String line, int number, List<Repair> repairs) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean drop = c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF'
                    || (c < 0x20 && c != '\t' && c != '\f') || (c >= 0x7F && c <= 0x9F)
                    || c == '\uFFFE' || c == '\uFFFF' || (Character.isSurrogate(c) && !pairedAt(line, i));
            if (!drop) {
                out.append(c);
            }
        }
        if (out.length() != line.length()) {
            repairs.add(new Repair(RepairKind.INVISIBLE_CHARACTER_REMOVED, number, line.strip(), out.toString().strip()));
            return out.toString();
        }
        return line;
    }

    private static boolean pairedAt(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /**
     * A page stamp is a line that recurs (digits aside) among the first or last lines of at least two
     * pages. Only known page boundaries count: form feeds, dropped page numbers, start and end.
     */
    private static List<SourceLine> dropStamps(List<SourceLine> lines, Set<Integer> boundaries, List<Repair> repairs) {
        if (boundaries.size() < 2) {
            return lines;
        }
        List<Integer> sorted = boundaries.stream().filter(b -> b <= lines.size()).sorted().toList();
        List<int[]> pages = new ArrayList<>(); // [start, end) per page
        for (int b = 0; b < sorted.size(); b++) {
            int end = b + 1 < sorted.size() ? sorted.get(b + 1) : lines.size();
            if (sorted.get(b) < end) {
                pages.add(new int[] {sorted.get(b), end});
            }
        }
        Map<String, Integer> pagesWith = new HashMap<>();
        for (int[] page : pages) {
            Set<String> seen = new HashSet<>();
            List<Integer> edge = new ArrayList<>(nonBlank(lines, page[0], page[1], true));
            edge.addAll(nonBlank(lines, page[0], page[1], false));
            for (int i : edge) {
                String key = stampKey(lines.get(i).text());
                if (key.length() >= 3 && seen.add(key)) {
                    pagesWith.merge(key, 1, Integer::sum);
                }
            }
        }
        Set<Integer> drop = new HashSet<>();
        for (int[] page : pages) {
            Set<String> done = new HashSet<>();
            for (boolean top : new boolean[] {true, false}) {
                for (int i : nonBlank(lines, page[0], page[1], top)) {
                    String key = stampKey(lines.get(i).text());
                    boolean stamp = pagesWith.getOrDefault(key, 0) >= 2 && lines.get(i).text().strip().length() <= 120;
                    if (!stamp || drop.contains(i) || !done.add(key)) {
                        break; // a stamp sits at the very edge: stop at the first line that is not one
                    }
                    drop.add(i);
                }
            }
        }
        if (drop.isEmpty()) {
            return lines;
        }
        List<SourceLine> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (drop.contains(i)) {
                repairs.add(new Repair(RepairKind.PAGE_STAMP_DROPPED, lines.get(i).number(), lines.get(i).text().strip(), ""));
            } else {
                kept.add(lines.get(i));
            }
        }
        return kept;
    }

    private static List<Integer> nonBlank(List<SourceLine> lines, int start, int end, boolean fromTop) {
        List<Integer> found = new ArrayList<>();
        if (fromTop) {
            for (int i = start; i < end && found.size() < EDGE; i++) {
                if (!lines.get(i).blank()) {
                    found.add(i);
                }
            }
        } else {
            for (int i = end - 1; i >= start && found.size() < EDGE; i--) {
                if (!lines.get(i).blank()) {
                    found.add(i);
                }
            }
        }
        return found;
    }

    private static String stampKey(String line) {
        return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<SourceLine> joinHyphenation(List<SourceLine> in, List<Repair> repairs) {
        List<SourceLine> lines = new ArrayList<>(in);
        Set<String> hyphenated = new HashSet<>();
        for (SourceLine l : lines) {
            for (String token : l.text().split("\\s+")) {
                String c = LetterSpacing.core(token);
                if (c.matches("\\p{L}+-\\p{L}+")) {
                    hyphenated.add(c);
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text().stripTrailing();
            if (!text.matches("(?s).*\\p{L}-$") || text.matches("(?s).*\\s-$")) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && j <= i + 2 && lines.get(j).blank()) {
                j++;
            }
            if (j >= lines.size() || lines.get(j).blank()) {
                continue;
            }
            String next = lines.get(j).text().strip();
            if (SUSPENDED.matcher(next).matches() || !Character.isLetter(next.charAt(0))) {
                continue; // "Beskæftigelses-" + "og Integrationsudvalget": the hyphen is the writer's
            }
            int space = next.indexOf(' ');
            String head = space < 0 ? next : next.substring(0, space);
            String rest = space < 0 ? "" : next.substring(space + 1).strip();
            int start = text.lastIndexOf(' ') + 1;
            String prefix = text.substring(start, text.length() - 1);
            boolean keep = Character.isUpperCase(head.charAt(0)) || keepsHyphen(prefix)
                    || hyphenated.contains(LetterSpacing.core(prefix + "-" + head));
            String joined = prefix + (keep ? "-" : "") + head;
            repairs.add(new Repair(RepairKind.HYPHENATION_JOINED, lines.get(i).number(), prefix + "- " + head, joined));
            lines.set(i, lines.get(i).withText(text.substring(0, start) + joined));
            if (rest.isEmpty()) {
                lines.remove(j);
            } else {
                lines.set(j, lines.get(j).withText(rest));
            }
            i--; // the joined line may itself end in a hyphen
        }
        return lines;
    }

    /** "CV-", "a-", "MED-", "2023-": an abbreviation, a letter or a number keeps its hyphen. */
    private static boolean keepsHyphen(String prefix) {
        String p = LetterSpacing.core(prefix + "x");
        p = p.substring(0, p.length() - 1);
        long upper = prefix.chars().filter(Character::isUpperCase).count();
        return prefix.length() <= 1 || upper >= 2 || prefix.chars().anyMatch(Character::isDigit)
                || prefix.contains("-") || p.length() <= 1;
    }

    private static List<SourceLine> mendLetterSpacing(List<SourceLine> lines, List<Repair> repairs) {
        LetterSpacing spacing = LetterSpacing.forLines(lines.stream().map(SourceLine::text).toList());
        List<SourceLine> out = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            String mended = spacing.mend(line.text(), (before, after) ->
                    repairs.add(new Repair(RepairKind.LETTER_SPACING_MENDED, line.number(), before, after)));
            out.add(mended.equals(line.text()) ? line : line.withText(mended));
        }
        return out;
    }
}
