package dk.hoeringssvar.importer;

import dk.hoeringssvar.model.Annex;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.ParticipantGroup;
import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.Signatory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The "nothing is lost" bookkeeping: the words of the input, changed only by the repairs the report
 * lists, plus the values the report marks as derived (taken from other text or made up), equal the
 * words of the model's text fields plus the words the report marks as consumed (labels such as "Til",
 * dates as written, list numbers). Points are left out of the model side: they repeat body text (a
 * separate check says so).
 */
final class ImportWords {

    /** Fields whose derived value is text in the model (a position is an enum, not text). */
    private static final Pattern TEXT_FIELD = Pattern.compile("(?:^|\\.)(?:title|senders\\[\\d+]|hearing\\.proposalTitle)$");

    private ImportWords() {
    }

    /** Words: whitespace-separated, without surrounding punctuation; tokens without a letter or digit are not words. */
    static Map<String, Integer> words(String text) {
        Map<String, Integer> out = new TreeMap<>();
        add(out, text, 1);
        return out;
    }

    static void add(Map<String, Integer> bag, String text, int sign) {
        for (String token : text.split("[\\s\\u00A0\\u2007\\u202F]+")) {
            int s = 0;
            int e = token.length();
            while (s < e && !Character.isLetterOrDigit(token.charAt(s))) {
                s++;
            }
            while (e > s && !Character.isLetterOrDigit(token.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                bag.merge(token.substring(s, e), sign, Integer::sum);
            }
        }
        bag.values().removeIf(v -> v == 0);
    }

    /** Input side: raw words, minus what repairs took out, plus what they put in, plus derived text. */
    static Map<String, Integer> expected(String input, ImportReport report) {
        Map<String, Integer> bag = words(input);
        for (ImportReport.Repair r : report.repairs()) {
            add(bag, r.before(), -1);
            add(bag, r.after(), 1);
        }
        for (ImportReport.Recognised r : report.recognised()) {
            if (r.derived() && TEXT_FIELD.matcher(r.field()).find()) {
                add(bag, r.value(), 1);
            }
        }
        return bag;
    }

    /** Model side: every text field but the points, plus the words the report says were consumed. */
    static Map<String, Integer> actual(HearingStatement statement, ImportReport report) {
        Map<String, Integer> bag = new TreeMap<>();
        for (String t : texts(statement)) {
            add(bag, t, 1);
        }
        for (ImportReport.Recognised r : report.recognised()) {
            add(bag, r.consumed(), 1);
        }
        return bag;
    }

    /** Where two bags differ: word → (expected − actual). Empty when nothing is lost or added. */
    static Map<String, Integer> difference(Map<String, Integer> expected, Map<String, Integer> actual) {
        Map<String, Integer> diff = new TreeMap<>(expected);
        actual.forEach((w, n) -> diff.merge(w, -n, Integer::sum));
        diff.values().removeIf(v -> v == 0);
        return diff;
    }

    static List<String> texts(HearingStatement s) {
        List<String> out = new ArrayList<>();
        for (Sender sender : s.senders()) {
            out.add(sender.name());
            if (sender.address() != null) {
                if (sender.address().street() != null) {
                    out.add(sender.address().street());
                }
                out.add(sender.address().postalCode());
                out.add(sender.address().city());
            }
        }
        addIf(out, s.recipient());
        out.addAll(s.letterhead());
        if (s.hearing() != null) {
            out.add(s.hearing().proposalTitle());
            addIf(out, s.hearing().authority());
            addIf(out, s.hearing().caseNumber());
        }
        out.add(s.title());
        addIf(out, s.place());
        s.body().forEach(b -> out.addAll(texts(b)));
        addIf(out, s.closing());
        for (Signatory sig : s.signatories()) {
            out.add(sig.name());
            addIf(out, sig.role());
        }
        if (s.meeting() != null) {
            addIf(out, s.meeting().place());
            for (ParticipantGroup g : s.meeting().participants()) {
                out.add(g.side());
                out.addAll(g.names());
            }
            out.addAll(s.meeting().apologies());
            addIf(out, s.meeting().chair());
            addIf(out, s.meeting().minuteTaker());
        }
        for (Annex a : s.annexes()) {
            out.add(a.title());
            a.body().forEach(b -> out.addAll(texts(b)));
            a.statements().forEach(st -> out.addAll(texts(st)));
        }
        return out;
    }

    static List<String> texts(BodyBlock block) {
        return switch (block) {
            case BodyBlock.Heading h -> List.of(h.text());
            case BodyBlock.Paragraph p -> List.of(p.text().plainText());
            case BodyBlock.BulletList l -> l.items().stream().map(RichText::plainText).toList();
            case BodyBlock.NumberedList l -> l.items().stream().map(RichText::plainText).toList();
            case BodyBlock.Quotation q -> {
                List<String> t = new ArrayList<>(q.paragraphs().stream().map(RichText::plainText).toList());
                if (q.attribution() != null) {
                    t.add(q.attribution());
                }
                yield t;
            }
            case BodyBlock.PullQuote p -> List.of(p.text());
            case BodyBlock.ProposalBox b -> {
                List<String> t = new ArrayList<>(List.of(b.title()));
                if (b.intro() != null) {
                    t.add(b.intro().plainText());
                }
                b.items().forEach(i -> t.add(i.plainText()));
                yield t;
            }
            case BodyBlock.Table t -> {
                List<String> cells = new ArrayList<>(t.header());
                t.rows().forEach(cells::addAll);
                yield cells;
            }
            case BodyBlock.Figure f -> f.caption() == null ? List.of(f.altText()) : List.of(f.altText(), f.caption());
        };
    }

    private static void addIf(List<String> out, String text) {
        if (text != null) {
            out.add(text);
        }
    }
}
