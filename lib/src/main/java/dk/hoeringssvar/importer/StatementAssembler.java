package dk.hoeringssvar.importer;

import dk.hoeringssvar.importer.ImportReport.PointGuess;
import dk.hoeringssvar.importer.ImportReport.Recognised;
import dk.hoeringssvar.importer.ImportReport.Uncertainty;
import dk.hoeringssvar.importer.LineClassifier.Classified;
import dk.hoeringssvar.model.Address;
import dk.hoeringssvar.model.Annex;
import dk.hoeringssvar.model.BodyBlock;
import dk.hoeringssvar.model.HearingReference;
import dk.hoeringssvar.model.HearingStatement;
import dk.hoeringssvar.model.Meeting;
import dk.hoeringssvar.model.ParticipantGroup;
import dk.hoeringssvar.model.Point;
import dk.hoeringssvar.model.Position;
import dk.hoeringssvar.model.RichText;
import dk.hoeringssvar.model.Sender;
import dk.hoeringssvar.model.SenderKind;
import dk.hoeringssvar.model.Signatory;
import dk.hoeringssvar.model.SignatureArrangement;
import dk.hoeringssvar.model.Stance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the statement from classified lines: the header (e-mail headers, letterhead, address blocks,
 * recipient, date, reference, title), the body (headings, paragraphs re-flowed from hard line breaks,
 * lists, provision remarks, quoted minutes), meeting block, closing and signatures, and under a
 * "Bilag" heading the statements of others. Every line ends up in the model or, when it only carried
 * a label or a date, in the report as consumed. One instance per import.
 */
final class StatementAssembler {

    static final String UNKNOWN_SENDER = "Ukendt afsender";
    static final String FALLBACK_TITLE = "Høringssvar";
    static final String FALLBACK_THEME = "Generelt";

    private static final Pattern POSTAL = Pattern.compile("^\\s*(?:DK-)?(\\d{4})\\s+(\\p{Lu}[\\p{L} .-]*)$");
    private static final Pattern CONNECTOR_END = Pattern.compile(
            "(?iu).*\\s(af|om|til|på|for|og|i|med|vedr\\.|ang\\.|fra|ved|mod|over|under|samt|vedrørende|angående|"
                    + "omkring|-|–)$");
    private static final Pattern TITLE_FROM = Pattern.compile(
            "(?iu)\\bfra\\s+(.+?)(?:\\s+(?:ang\\.|angående|vedr\\.|vedrørende|om|til|på|i forbindelse med|over)\\s.*)?$");
    private static final Pattern TITLE_PREFIX = Pattern.compile("(?iu)^(.{1,60}?)\\s[-–]\\s+høringssvar\\b.*");
    private static final Pattern TITLE_GENITIVE = Pattern.compile("(?iu)^(\\S+?)(?:’s|'s|s)\\s+høringssvar\\b.*");
    private static final Pattern TITLE_PROPOSAL = Pattern.compile(
            "(?iu)\\b(?:vedr\\.|vedrørende|ang\\.|angående|på|om|til|over|af)\\s+(.{4,})$");
    private static final Pattern MED_MENTION = Pattern.compile(
            "(?u)(?<![\\p{L}])((?:\\p{L}+-)?(?:Hoved|Center|Fag|Lokal|Område|Afdelings|Sektor)?MED(?:-udvalg\\p{L}*)?)(?![\\p{L}])");
    private static final Pattern MAIL_ADDRESS = Pattern.compile("<?([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)>?");
    private static final Pattern MAIL_PREFIX = Pattern.compile("(?iu)^((?:(?:sv|vs|re|fw|fwd|videresend)\\s*:\\s*)+)(.*)$");
    private static final Pattern MEETING_LABEL = Pattern.compile(
            "(?iu)^\\s*(mødedato|dato for mødet|møde den|dato|tidspunkt|tid|mødested|sted|deltagere|afbud|fraværende|"
                    + "ordstyrer|mødeleder|referent|\\p{L}+-?siden)(?![\\p{L}])\\s*:?\\s*(.*)$");
    private static final Pattern TIMES = Pattern.compile(
            "(?iu)(?:kl\\.?\\s*)?(\\d{1,2})[.:](\\d{2})(?:\\s*[-–]\\s*(?:kl\\.?\\s*)?(\\d{1,2})[.:](\\d{2}))?");
    private static final Pattern ORG = Pattern.compile(
            "(?u)(?:MED\\b|MED-|udvalg|[Kk]ommune|[Ff]orening|[Rr]åd(?:et)?\\b|[Aa]-kasse|[Ff]orbund|[Cc]ent(?:er|ret|eret)\\b|"
                    + "[Ll]edelse|[Gg]ruppe|A/S|ApS|[Aa]fdeling|[Bb]estyrelse|[Ss]elskab|[Oo]rganisation|[Hh]us(?:et)?\\b|"
                    + "[Ss]ekretariat|[Ff]orvaltning|[Rr]egion|[Ss]tyrelse|[Mm]inisteri)");
    private static final Pattern ROLE_ANY = Pattern.compile(
            "(?iu).*(?<![\\p{L}])(?:" + LineClassifier.ROLE_WORDS + ")(?![\\p{L}]).*");
    private static final Pattern SALUTATION = Pattern.compile("(?iu)^(kære|hej|til rette|goddag|dear)\\b.*");
    private static final Pattern SUBJECT = Pattern.compile(
            "(?u)^(\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:(?:for|i|og|på)\\s+)?\\p{Lu}[\\p{L}’'-]*){0,5})\\s+"
                    + "(?:har|er|mener|finder|takker|vil|ønsker|støtter|bakker|tilslutter)\\b.*");
    private static final Pattern ROLE_START = Pattern.compile(
            "(?iu)^(?:" + LineClassifier.ROLE_WORDS + ")(?![\\p{L}]).*");
    /** A line ending in a word that cannot end a heading is the start of a wrapped sentence. */
    private static final Pattern HANGING_END = Pattern.compile(
            "(?iu).*\\s(som|at|og|i|til|af|for|der|de|den|det|en|et|med|på|om|er|har|kan|vil|skal|ikke|men|eller)$");
    private static final String OPEN_QUOTES = "”“\"«„'‘’";
    private static final String CLOSE_QUOTES = "”“\"»’'";

    private final List<Classified> lines;
    private final int width;
    private final List<Recognised> recognised = new ArrayList<>();
    private final List<Uncertainty> uncertain = new ArrayList<>();
    private final List<PointGuess> guesses = new ArrayList<>();
    private int i;

    /** The statement and what the report says about it. */
    record Output(HearingStatement statement, List<Recognised> recognised, List<Uncertainty> uncertainties,
                  List<PointGuess> points) {
    }

    StatementAssembler(List<Classified> lines) {
        this.lines = lines;
        this.width = typicalWidth(lines);
    }

    Output assemble() {
        Draft main = new Draft("");
        header(main, false);
        while (i < lines.size()) {
            if (!block(main, false)) {
                break;
            }
        }
        HearingStatement statement = finish(main);
        return new Output(statement, recognised, uncertain, guesses);
    }

    // ---------------------------------------------------------------- header

    private void header(Draft d, boolean inAnnex) {
        boolean progress = true;
        while (progress && i < lines.size()) {
            skipBlank();
            if (i >= lines.size()) {
                return;
            }
            Classified c = lines.get(i);
            progress = switch (c.kind()) {
                case MAIL_HEADER -> !d.hasBody() && mailHeaders(d);
                case RECIPIENT -> d.recipient == null && !d.hasBody() && d.title == null && recipient(d);
                case DATE -> d.date == null && !d.hasBody() && date(d, c);
                case REFERENCE -> d.caseNumber == null && !d.hasBody() && reference(d, c);
                case TITLE -> d.title == null && !d.hasBody() && title(d, false);
                case MEETING_START -> d.meeting == null && !d.hasBody() && d.title == null && meeting(d);
                case RULE -> {
                    i++;
                    yield true;
                }
                case TEXT -> d.title == null && !d.hasBody() && (topGroups(d) || fallbackTitle(d));
                default -> false;
            };
        }
    }

    private boolean mailHeaders(Draft d) {
        int start = i;
        int count = 0;
        for (int j = i; j < lines.size(); j++) {
            Classified c = lines.get(j);
            if (c.kind() == LineKind.MAIL_HEADER
                    || (c.kind() == LineKind.DATE && c.text().strip().toLowerCase(Locale.ROOT).startsWith("dato"))
                    || (c.kind() == LineKind.ANNEX && c.label().endsWith(":"))) {
                count++;
            } else if (!c.blank() || count == 0) {
                break;
            } else {
                break;
            }
        }
        if (count < 2) {
            return false;
        }
        for (int j = start; j < start + count; j++) {
            Classified c = lines.get(j);
            String label = c.kind() == LineKind.DATE ? "Dato:" : c.label();
            String value = c.kind() == LineKind.DATE ? c.text().strip().replaceFirst("(?iu)^dato\\s*:?\\s*", "") : c.value();
            String key = label.toLowerCase(Locale.ROOT).replace(":", "").strip();
            switch (key) {
                case "fra", "from" -> mailFrom(d, c, label, value);
                case "til", "to" -> {
                    if (d.recipient == null && !value.isBlank()) {
                        d.recipient = value;
                        note(d, "recipient", value, c.number(), label, false);
                    } else {
                        keepLine(d, c, "a second recipient header has no place in the model");
                    }
                }
                case "emne", "subject" -> {
                    Matcher m = MAIL_PREFIX.matcher(value);
                    String title = m.matches() ? m.group(2).strip() : value;
                    if (d.title == null && !title.isBlank()) {
                        d.title = title;
                        note(d, "title", title, c.number(), label + (m.matches() ? " " + m.group(1).strip() : ""), false);
                    } else {
                        keepLine(d, c, "the subject could not be used as the title");
                    }
                }
                case "sendt", "sent", "dato", "date" -> {
                    Optional<DanishDates.Found> found = DanishDates.find(value);
                    if (found.isPresent() && d.date == null) {
                        d.date = found.get().date();
                        note(d, "date", d.date.toString(), c.number(), label + " " + value, false);
                    } else {
                        keepLine(d, c, "no date could be read from it");
                    }
                }
                default -> keepLine(d, c, "the e-mail header " + label + " has no place in the model; kept as text");
            }
        }
        i = start + count;
        return true;
    }

    private void mailFrom(Draft d, Classified c, String label, String value) {
        Matcher m = MAIL_ADDRESS.matcher(value);
        String name = value;
        String mail = null;
        if (m.find()) {
            mail = m.group(1);
            name = (value.substring(0, m.start()) + value.substring(m.end())).replaceAll("[\"'()]", " ").strip();
        }
        if (name.isBlank()) {
            name = mail;
            mail = null;
        }
        if (name == null || name.isBlank()) {
            keepLine(d, c, "no sender in the From header");
            return;
        }
        d.addSender(name, c.number(), label, false);
        if (mail != null) {
            d.letterhead.add(mail);
            note(d, "letterhead", mail, c.number(), "", false);
        }
    }

    /** A header line that fits no field stays in the body as a paragraph. */
    private void keepLine(Draft d, Classified c, String why) {
        d.body.add(BodyBlock.Paragraph.of(c.text().strip()));
        uncertain.add(new Uncertainty(d.field("body"), why, 0.5, c.number()));
    }

    private boolean recipient(Draft d) {
        Classified c = lines.get(i);
        if (!c.value().isEmpty()) {
            d.recipient = c.value();
            note(d, "recipient", c.value(), c.number(), c.label(), false);
            i++;
            return true;
        }
        // "Til" alone above an address block
        int j = i + 1;
        while (j < lines.size() && lines.get(j).blank()) {
            j++;
        }
        List<Classified> group = new ArrayList<>();
        while (j < lines.size() && lines.get(j).kind() == LineKind.TEXT && shortLine(lines.get(j)) && group.size() < 6) {
            group.add(lines.get(j));
            j++;
        }
        if (group.isEmpty()) {
            return false;
        }
        d.recipient = join(group, ", ");
        note(d, "recipient", d.recipient, c.number(), c.label(), false);
        i = j;
        return true;
    }

    private boolean date(Draft d, Classified c) {
        DanishDates.DateLine line = DanishDates.dateLine(c.text()).orElseThrow();
        d.date = line.date();
        note(d, "date", line.date().toString(), c.number(), line.dateText(), false);
        if (line.place() != null) {
            d.place = line.place();
            note(d, "place", line.place(), c.number(), "", false);
        }
        i++;
        return true;
    }

    private boolean reference(Draft d, Classified c) {
        d.caseNumber = c.value();
        d.caseNumberLine = c.number();
        note(d, "hearing.caseNumber", c.value(), c.number(), c.label(), false);
        i++;
        return true;
    }

    /** Reads a title from line i on, joining the lines it runs over. */
    private boolean title(Draft d, boolean fallback) {
        Classified first = lines.get(i);
        StringBuilder title = new StringBuilder(first.text().strip());
        boolean upper = upperCase(first.text());
        int j = i + 1;
        while (j < lines.size()) {
            int k = j;
            int blanks = 0;
            while (k < lines.size() && lines.get(k).blank() && blanks < 3) {
                k++;
                blanks++;
            }
            if (k >= lines.size() || lines.get(k).blank()) {
                break;
            }
            Classified next = lines.get(k);
            String t = title.toString();
            String nt = next.text().strip();
            boolean shortNext = nt.length() <= 60 && nt.split("\\s+").length <= 6 && !endsSentence(nt);
            boolean continues = next.kind() == LineKind.TEXT
                    && (CONNECTOR_END.matcher(t).matches() || (startsLower(nt) && shortNext)
                    || (upper && blanks <= 1 && upperCase(nt)));
            if (!continues || title.length() + next.text().length() > 220) {
                break;
            }
            title.append(' ').append(next.text().strip());
            j = k + 1;
        }
        String text = collapse(title.toString());
        boolean wrapped = j < lines.size() && lines.get(j).kind() == LineKind.TEXT; // a title stands alone
        if (fallback && (text.endsWith(".") || text.split(" ").length > 25 || wrapped)) {
            return false;
        }
        d.title = text;
        d.titleLine = first.number();
        note(d, "title", text, first.number(), "", false);
        if (fallback) {
            uncertain.add(new Uncertainty(d.field("title"), "no title words (\"Høringssvar\", \"Svar på høring\"); "
                    + "the first line is taken as the title", 0.6, first.number()));
        }
        i = j;
        return true;
    }

    private boolean fallbackTitle(Draft d) {
        Classified c = lines.get(i);
        if (c.kind() != LineKind.TEXT || c.text().strip().endsWith(".")) {
            return false;
        }
        int saved = i;
        if (title(d, true)) {
            return true;
        }
        i = saved;
        return false;
    }

    /**
     * Short lines at the top, in groups separated by blank lines, before the recipient, date or title:
     * letterhead, the sender's name, address blocks.
     */
    private boolean topGroups(Draft d) {
        if (d.recipient != null || !d.senders.isEmpty() || !d.letterhead.isEmpty()) {
            return false;
        }
        List<List<Classified>> groups = new ArrayList<>();
        List<Classified> group = new ArrayList<>();
        int j = i;
        while (j < lines.size()) {
            Classified c = lines.get(j);
            if (c.blank()) {
                if (!group.isEmpty()) {
                    groups.add(group);
                    group = new ArrayList<>();
                }
                j++;
                continue;
            }
            if (c.kind() != LineKind.TEXT || !shortLine(c) || endsSentence(c.text()) || groups.size() > 5) {
                break;
            }
            group.add(c);
            j++;
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        if (groups.isEmpty() || j >= lines.size()) {
            return false;
        }
        LineKind stop = lines.get(j).kind();
        if (stop != LineKind.RECIPIENT && stop != LineKind.TITLE && stop != LineKind.DATE && stop != LineKind.REFERENCE
                && stop != LineKind.MAIL_HEADER) {
            return false;
        }
        List<List<Classified>> addresses = groups.stream().filter(StatementAssembler::hasPostalLine).toList();
        List<Classified> recipientBlock = null;
        List<Classified> senderBlock = null;
        if (addresses.size() >= 2) {
            senderBlock = addresses.get(0);
            recipientBlock = addresses.get(addresses.size() - 1);
        } else if (addresses.size() == 1) {
            if (stop == LineKind.RECIPIENT) {
                senderBlock = addresses.get(0);
            } else {
                recipientBlock = addresses.get(0);
            }
        }
        List<Classified> senderLine = null;
        List<List<Classified>> plain = groups.stream().filter(g -> !hasPostalLine(g)).toList();
        if (senderBlock == null && !plain.isEmpty()) {
            List<Classified> last = plain.get(plain.size() - 1);
            if (last.size() == 1 && (plain.size() >= 2 || ORG.matcher(last.get(0).text()).find())
                    && SenderKinds.guess(last.get(0).text()) != SenderKind.PUBLIC_AUTHORITY
                    && groups.indexOf(last) == groups.size() - 1 - (recipientBlock != null
                    && groups.indexOf(recipientBlock) == groups.size() - 1 ? 1 : 0)) {
                senderLine = last;
            }
        }
        for (List<Classified> g : groups) {
            if (g == recipientBlock) {
                d.recipient = join(g, ", ");
                note(d, "recipient", d.recipient, g.get(0).number(), "", false);
                uncertain.add(new Uncertainty(d.field("recipient"), "an address block above the title is read as the "
                        + "recipient", 0.7, g.get(0).number()));
            } else if (g == senderBlock) {
                senderWithAddress(d, g);
            } else if (g == senderLine) {
                d.addSender(g.get(0).text().strip(), g.get(0).number(), "", false);
            } else {
                for (Classified c : g) {
                    d.letterhead.add(c.text().strip());
                    note(d, "letterhead", c.text().strip(), c.number(), "", false);
                }
            }
        }
        i = j;
        return true;
    }

    private void senderWithAddress(Draft d, List<Classified> g) {
        int postalAt = -1;
        for (int k = 0; k < g.size(); k++) {
            if (POSTAL.matcher(g.get(k).text()).matches()) {
                postalAt = k;
            }
        }
        Matcher m = POSTAL.matcher(g.get(postalAt).text());
        m.matches();
        String street = postalAt >= 2 ? g.get(postalAt - 1).text().strip() : null;
        String name = g.get(0).text().strip();
        Sender sender = new Sender(name, SenderKinds.guess(name), new Address(street, m.group(1), m.group(2).strip()));
        d.senders.add(sender);
        note(d, "senders[" + (d.senders.size() - 1) + "]", name, g.get(0).number(), "", false);
        note(d, "senders[" + (d.senders.size() - 1) + "].address",
                (street == null ? "" : street + ", ") + m.group(1) + " " + m.group(2).strip(), g.get(postalAt).number(), "", false);
        for (int k = 1; k < g.size(); k++) {
            if (k != postalAt && !(k == postalAt - 1 && street != null)) {
                d.letterhead.add(g.get(k).text().strip());
                note(d, "letterhead", g.get(k).text().strip(), g.get(k).number(), "", false);
            }
        }
    }

    // ---------------------------------------------------------------- body

    /** Reads one block into the draft; false when the statement ends here (an annexed statement begins). */
    private boolean block(Draft d, boolean inAnnex) {
        skipBlank();
        if (i >= lines.size()) {
            return false;
        }
        Classified c = lines.get(i);
        switch (c.kind()) {
            case ANNEX -> {
                if (inAnnex) {
                    heading(d, c.text().strip(), 1, c);
                    i++;
                } else {
                    annex(d);
                }
            }
            case TITLE -> {
                if (d.title == null && !d.hasBody()) {
                    title(d, false);
                } else if (inAnnex) {
                    return false;
                } else {
                    heading(d, c.text().strip(), 1, c);
                    i++;
                }
            }
            case RECIPIENT -> {
                if (inAnnex && d.started() && c.text().strip().split("\\s+").length <= 6) {
                    return false;
                }
                if (d.recipient == null && !d.hasBody() && d.title == null) {
                    recipient(d);
                } else {
                    paragraph(d);
                }
            }
            case MEETING_START -> {
                if (inAnnex && d.hasBody()) {
                    return false;
                }
                if (d.meeting != null || !meeting(d)) {
                    paragraph(d);
                }
            }
            case DATE -> {
                if (d.date == null) {
                    date(d, c);
                } else {
                    d.body.add(BodyBlock.Paragraph.of(c.text().strip()));
                    uncertain.add(new Uncertainty(d.field("date"), "a second date line; the first is the statement's date",
                            0.5, c.number()));
                    i++;
                }
            }
            case REFERENCE -> {
                if (d.caseNumber == null) {
                    reference(d, c);
                } else {
                    d.body.add(BodyBlock.Paragraph.of(c.text().strip()));
                    i++;
                }
            }
            case CLOSING -> closing(d);
            case ROLES -> signatures(d, null, i);
            case BULLET, NUMBERED -> {
                if (c.kind() == LineKind.NUMBERED && numberedHeading(i)) {
                    heading(d, c.text().strip(), c.label().matches("\\d+\\.\\d+.*") ? 2 : 1, c);
                    i++;
                } else {
                    list(d);
                }
            }
            case PROVISION -> provision(d);
            case QUOTE_INTRO -> quotation(d);
            case RULE -> i++;
            case MAIL_HEADER -> {
                d.body.add(BodyBlock.Paragraph.of(c.text().strip()));
                i++;
            }
            case TEXT -> {
                if (headingAt(i)) {
                    readHeading(d);
                } else {
                    paragraph(d);
                }
            }
            case BLANK -> i++;
        }
        return true;
    }

    private void heading(Draft d, String text, int level, Classified c) {
        d.body.add(new BodyBlock.Heading(level, text));
        d.theme = text;
        d.themeReference = null;
        note(d, "body[" + (d.body.size() - 1) + "]", "heading: " + text, c.number(), "", false);
    }

    private void readHeading(Draft d) {
        Classified c = lines.get(i);
        StringBuilder text = new StringBuilder(c.text().strip());
        i++;
        if (upperCase(c.text())) {
            while (i < lines.size() && lines.get(i).kind() == LineKind.TEXT && upperCase(lines.get(i).text())) {
                text.append(' ').append(lines.get(i).text().strip());
                i++;
            }
        }
        heading(d, collapse(text.toString()), 1, c);
    }

    private boolean headingAt(int at) {
        Classified c = lines.get(at);
        if (c.kind() != LineKind.TEXT) {
            return false;
        }
        String t = c.text().strip();
        boolean upper = upperCase(t);
        if (t.isEmpty() || !(Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)))
                || SALUTATION.matcher(t).matches()) {
            return false;
        }
        if (upper) {
            if (t.length() > 160 || t.endsWith(".") || t.endsWith(",")) {
                return false;
            }
        } else if (t.length() > Math.min(80, width * 0.7) || t.split("\\s+").length > 10 || t.matches("(?s).*[.,;:!?]$")
                || t.contains(", ") || HANGING_END.matcher(t).matches()) {
            return false;
        }
        int j = at + 1;
        int blanks = 0;
        while (j < lines.size() && lines.get(j).blank()) {
            j++;
            blanks++;
        }
        if (j >= lines.size()) {
            return false;
        }
        Classified next = lines.get(j);
        if (blanks == 0 && next.kind() == LineKind.TEXT && startsLower(next.text())) {
            return false;
        }
        return switch (next.kind()) {
            case TEXT, BULLET, NUMBERED, PROVISION, QUOTE_INTRO -> true;
            default -> false;
        };
    }

    /** "2. Økonomi" followed by text, not by another numbered item, is a heading. */
    private boolean numberedHeading(int at) {
        Classified c = lines.get(at);
        String v = c.value();
        if (v.length() > 60 || v.split("\\s+").length > 6 || v.matches("(?s).*[.,;:!?]$") || !Character.isUpperCase(v.charAt(0))) {
            return false;
        }
        int j = at + 1;
        while (j < lines.size() && lines.get(j).blank()) {
            j++;
        }
        return j < lines.size() && lines.get(j).kind() == LineKind.TEXT && !startsLower(lines.get(j).text());
    }

    private void paragraph(Draft d) {
        int line = lines.get(i).number();
        String text = readParagraph();
        d.body.add(BodyBlock.Paragraph.of(text));
        d.paragraphs.add(new Pending(text, d.theme, d.themeReference, null, line, d.body.size() - 1));
    }

    /** Re-flows hard line breaks: reads lines from i while they continue the paragraph. */
    private String readParagraph() {
        StringBuilder sb = new StringBuilder(lines.get(i).text().strip());
        int last = i;
        i++;
        while (i < lines.size()) {
            String prev = lines.get(last).text().strip();
            boolean prevEnds = endsSentence(prev);
            if (prevEnds && prev.length() < width * 0.8) {
                break;
            }
            int j = i;
            int blanks = 0;
            while (j < lines.size() && lines.get(j).blank()) {
                j++;
                blanks++;
            }
            if (j >= lines.size()) {
                break;
            }
            Classified next = lines.get(j);
            boolean wrappedDate = next.kind() == LineKind.DATE && !prevEnds && prev.length() >= width * 0.6;
            if (next.kind() != LineKind.TEXT && !wrappedDate) {
                break;
            }
            String nt = next.text().strip();
            if (wrappedDate) {
                sb.append(' ').append(nt);
                last = j;
                i = j + 1;
                continue;
            }
            if (blanks > 0) {
                if (blanks > 2 || prevEnds || !(startsLower(nt) || prev.length() >= width * 0.6)) {
                    break;
                }
            } else if (!startsLower(nt) && headingAt(j) && (prevEnds || prev.length() < width * 0.6)) {
                break;
            }
            sb.append(' ').append(nt);
            last = j;
            i = j + 1;
        }
        return collapse(sb.toString());
    }

    private void list(Draft d) {
        LineKind kind = lines.get(i).kind();
        int firstLine = lines.get(i).number();
        String intro = null;
        if (!d.body.isEmpty() && d.body.get(d.body.size() - 1) instanceof BodyBlock.Paragraph p
                && p.text().plainText().endsWith(":")) {
            intro = p.text().plainText();
        }
        List<String> items = new ArrayList<>();
        List<Integer> itemLines = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        int start = 1;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).blank() && j - i < 3) {
                j++;
            }
            if (j >= lines.size() || lines.get(j).kind() != kind) {
                break;
            }
            if (!items.isEmpty() && j > i && kind == LineKind.NUMBERED && numberedHeading(j)) {
                break;
            }
            i = j;
            Classified c = lines.get(i);
            if (items.isEmpty() && kind == LineKind.NUMBERED) {
                String digits = c.label().replaceAll("\\D", "");
                start = digits.isEmpty() ? 1 : Integer.parseInt(digits);
            }
            if (kind == LineKind.NUMBERED) {
                numbers.add(c.label());
            }
            itemLines.add(c.number());
            StringBuilder text = new StringBuilder(c.value());
            int last = i;
            i++;
            while (i < lines.size()) {
                String prev = lines.get(last).text().strip();
                int k = i;
                int blanks = 0;
                while (k < lines.size() && lines.get(k).blank()) {
                    k++;
                    blanks++;
                }
                if (k >= lines.size() || lines.get(k).kind() != LineKind.TEXT) {
                    break;
                }
                String nt = lines.get(k).text().strip();
                boolean joins;
                if (blanks > 0) {
                    joins = blanks <= 2 && !endsSentence(prev) && startsLower(nt);
                } else {
                    joins = startsLower(nt) || (!endsSentence(prev) && !headingAt(k))
                            || (endsSentence(prev) && prev.length() >= width * 0.8 && !headingAt(k));
                }
                if (!joins) {
                    break;
                }
                text.append(' ').append(nt);
                last = k;
                i = k + 1;
            }
            items.add(collapse(text.toString()));
        }
        BodyBlock block = kind == LineKind.NUMBERED
                ? new BodyBlock.NumberedList(start, items.stream().map(RichText::plain).toList())
                : new BodyBlock.BulletList(items.stream().map(RichText::plain).toList());
        d.body.add(block);
        note(d, "body[" + (d.body.size() - 1) + "]", (kind == LineKind.NUMBERED ? "numbered list" : "bullet list")
                + " of " + items.size(), firstLine, String.join(" ", numbers), false);
        for (int k = 0; k < items.size(); k++) {
            d.items.add(new Pending(items.get(k), d.theme, d.themeReference, intro, itemLines.get(k), d.body.size() - 1));
        }
    }

    private void provision(Draft d) {
        Classified c = lines.get(i);
        Matcher m = LineClassifier.PROVISION.matcher(c.text());
        String reference = m.matches() ? collapse(m.group(2)) : c.label();
        if (c.value().isEmpty()) {
            heading(d, c.text().strip(), 2, c);
            d.themeReference = reference;
            i++;
            skipBlank();
            if (i < lines.size() && lines.get(i).kind() == LineKind.TEXT) {
                int line = lines.get(i).number();
                String text = readParagraph();
                d.body.add(BodyBlock.Paragraph.of(text));
                d.items.add(new Pending(text, d.theme, reference, null, line, d.body.size() - 1));
            }
            return;
        }
        int line = c.number();
        String text = readParagraph();
        d.body.add(BodyBlock.Paragraph.of(text));
        String remark = text.substring(Math.min(text.length(), c.label().length())).strip();
        d.items.add(new Pending(remark.isEmpty() ? text : remark, d.theme, reference, null, line, d.body.size() - 1));
        note(d, "body[" + (d.body.size() - 1) + "]", "remark to " + reference, line, "", false);
    }

    private void quotation(Draft d) {
        Classified intro = lines.get(i);
        int j = i + 1;
        while (j < lines.size() && lines.get(j).blank()) {
            j++;
        }
        if (j >= lines.size() || lines.get(j).kind() != LineKind.TEXT
                || OPEN_QUOTES.indexOf(lines.get(j).text().strip().charAt(0)) < 0) {
            paragraph(d);
            return;
        }
        i = j;
        List<String> paragraphs = new ArrayList<>();
        while (i < lines.size() && paragraphs.size() < 60) {
            String p = readParagraph();
            paragraphs.add(p);
            if (CLOSE_QUOTES.indexOf(p.charAt(p.length() - 1)) >= 0 && !(paragraphs.size() == 1 && p.length() == 1)) {
                break;
            }
            skipBlank();
            if (i >= lines.size() || lines.get(i).kind() != LineKind.TEXT) {
                break;
            }
        }
        int lastIndex = paragraphs.size() - 1;
        paragraphs.set(0, paragraphs.get(0).substring(1).strip());
        String last = paragraphs.get(lastIndex);
        if (!last.isEmpty() && CLOSE_QUOTES.indexOf(last.charAt(last.length() - 1)) >= 0) {
            paragraphs.set(lastIndex, last.substring(0, last.length() - 1).strip());
        }
        List<RichText> texts = paragraphs.stream().filter(p -> !p.isBlank()).map(RichText::plain).toList();
        String attribution = intro.text().strip().replaceFirst(":\\s*$", "");
        if (texts.isEmpty()) {
            d.body.add(BodyBlock.Paragraph.of(attribution));
            return;
        }
        d.body.add(new BodyBlock.Quotation(texts, attribution));
        note(d, "body[" + (d.body.size() - 1) + "]", "quotation: " + attribution, intro.number(), "", false);
        for (RichText t : texts) {
            d.paragraphs.add(new Pending(t.plainText(), d.theme, d.themeReference, null, intro.number(), d.body.size() - 1));
        }
    }

    // ---------------------------------------------------------------- meeting

    private boolean meeting(Draft d) {
        int start = i;
        List<String[]> fields = new ArrayList<>(); // label, value, line
        int j = i;
        String label = null;
        StringBuilder value = new StringBuilder();
        int valueLines = 0;
        int labelLine = 0;
        while (j < lines.size() && j - start < 60) {
            Classified c = lines.get(j);
            if (c.blank()) {
                j++;
                continue;
            }
            if (c.kind() == LineKind.RULE) {
                j++;
                break;
            }
            Matcher m = MEETING_LABEL.matcher(c.text());
            boolean isLabel = m.matches()
                    && (c.kind() == LineKind.TEXT || c.kind() == LineKind.MEETING_START || c.kind() == LineKind.DATE);
            if (isLabel) {
                if (label != null) {
                    fields.add(new String[] {label, value.toString().strip(), String.valueOf(labelLine)});
                }
                label = m.group(1);
                labelLine = c.number();
                value = new StringBuilder(m.group(2));
                valueLines = m.group(2).isBlank() ? 0 : 1;
                j++;
                continue;
            }
            if (label == null || c.kind() == LineKind.TITLE || c.kind() == LineKind.CLOSING
                    || (valueLines > 0 && single(label)) || (endsSentence(c.text()) && c.text().length() > width * 0.6)) {
                break;
            }
            value.append(' ').append(c.text().strip());
            valueLines++;
            j++;
        }
        if (label != null) {
            fields.add(new String[] {label, value.toString().strip(), String.valueOf(labelLine)});
        }
        LocalDate date = null;
        LocalTime from = null;
        LocalTime to = null;
        String place = null;
        List<ParticipantGroup> groups = new ArrayList<>();
        List<String> apologies = new ArrayList<>();
        String chair = null;
        String minutes = null;
        List<String> consumed = new ArrayList<>();
        boolean inParticipants = false;
        for (String[] f : fields) {
            String key = f[0].toLowerCase(Locale.ROOT);
            String v = collapse(f[1]);
            if (key.startsWith("mødedato") || key.equals("dato") || key.startsWith("dato for") || key.startsWith("møde den")) {
                Optional<DanishDates.Found> found = DanishDates.find(v);
                if (found.isEmpty() || date != null) {
                    return false;
                }
                date = found.get().date();
                consumed.add(f[0] + " " + v);
            } else if (key.startsWith("tid")) {
                Matcher m = TIMES.matcher(v);
                if (m.find() && v.replace(m.group(), "").isBlank()) {
                    from = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                    to = m.group(3) == null ? null : LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
                    consumed.add(f[0] + " " + v);
                } else {
                    return false;
                }
            } else if (key.contains("sted")) {
                place = v.isBlank() ? null : v;
                consumed.add(f[0]);
            } else if (key.equals("deltagere")) {
                inParticipants = true;
                if (v.isBlank()) {
                    consumed.add(f[0]);
                } else {
                    groups.add(new ParticipantGroup(f[0], names(v, consumed))); // no sides: the label names the group
                }
            } else if (key.endsWith("siden") && inParticipants) {
                if (!v.isBlank()) {
                    groups.add(new ParticipantGroup(f[0], names(v, consumed)));
                }
            } else if (key.equals("afbud") || key.equals("fraværende")) {
                apologies.addAll(names(v, consumed));
                consumed.add(f[0]);
            } else if (key.equals("ordstyrer") || key.equals("mødeleder")) {
                chair = v.isBlank() ? null : v;
                consumed.add(f[0]);
            } else if (key.equals("referent")) {
                minutes = v.isBlank() ? null : v;
                consumed.add(f[0]);
            } else {
                return false;
            }
        }
        if (date == null) {
            i = start;
            return false;
        }
        d.meeting = new Meeting(date, from, to, place, groups, apologies, chair, minutes);
        note(d, "meeting", "møde " + date + (place == null ? "" : ", " + place) + ", " + groups.size()
                + " participant groups", lines.get(start).number(), String.join(" ", consumed), false);
        i = j;
        return true;
    }

    private static boolean single(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.equals("ordstyrer") || l.equals("referent") || l.equals("mødeleder") || l.startsWith("mødedato")
                || l.equals("tid") || l.equals("tidspunkt");
    }

    /** "A, B og C" as names; the "og" goes to consumed. */
    private static List<String> names(String v, List<String> consumed) {
        List<String> out = new ArrayList<>();
        for (String part : v.split(",")) {
            String[] ands = part.split("\\s+og\\s+");
            for (int k = 0; k < ands.length; k++) {
                if (k > 0) {
                    consumed.add("og");
                }
                String n = collapse(ands[k]).replaceAll("[.]$", "").strip();
                if (!n.isEmpty()) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- closing and signatures

    private void closing(Draft d) {
        Classified c = lines.get(i);
        if (d.closing == null) {
            d.closing = c.label().strip();
            note(d, "closing", d.closing, c.number(), "", false);
        } else {
            d.body.add(BodyBlock.Paragraph.of(c.label().strip()));
        }
        int from = i + 1;
        if (!c.value().isEmpty()) {
            signatures(d, new Classified(new SourceLine(c.number(), c.value()), LineKind.TEXT, "", c.value()), from);
        } else {
            signatures(d, null, from);
        }
    }

    /** Reads signatories from line {@code from} on; {@code extra} is text left on the closing line (may be null). */
    private void signatures(Draft d, Classified extra, int from) {
        List<Classified> sig = new ArrayList<>();
        if (extra != null) {
            sig.add(extra);
        }
        int j = from;
        while (j < lines.size() && sig.size() < 14) {
            Classified c = lines.get(j);
            if (c.blank()) {
                j++;
                continue;
            }
            if (c.kind() == LineKind.DATE) {
                if (d.date == null) {
                    i = j;
                    date(d, c);
                } else {
                    sig.add(c);
                }
                j++;
                continue;
            }
            boolean stop = switch (c.kind()) {
                case TITLE, ANNEX, MEETING_START, MAIL_HEADER, QUOTE_INTRO, BULLET, NUMBERED, PROVISION, CLOSING,
                     REFERENCE -> true;
                case RECIPIENT -> c.text().strip().split("\\s+").length <= 6;
                default -> c.kind() == LineKind.TEXT && endsSentence(c.text()) && c.text().strip().length() > width * 0.7
                        && !c.text().contains(",");
            };
            if (stop) {
                break;
            }
            sig.add(c);
            j++;
        }
        i = j;
        // a comma list may run over lines: "A (formand), B," + "C."
        List<Classified> merged = new ArrayList<>();
        for (Classified c : sig) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).text().strip().endsWith(",")) {
                Classified prev = merged.remove(merged.size() - 1);
                String joined = prev.text().strip() + " " + c.text().strip();
                merged.add(new Classified(prev.line().withText(joined), LineKind.TEXT, "", joined));
            } else {
                merged.add(c);
            }
        }
        boolean sideBySide = false;
        boolean stacked = false;
        for (int k = 0; k < merged.size(); k++) {
            Classified c = merged.get(k);
            List<String> cols = LineClassifier.columns(c.text());
            Classified next = k + 1 < merged.size() ? merged.get(k + 1) : null;
            List<String> nextCols = next == null ? List.of() : LineClassifier.columns(next.text());
            if (c.kind() == LineKind.DATE) {
                d.body.add(BodyBlock.Paragraph.of(c.text().strip()));
                continue;
            }
            if (LineClassifier.roles(c.text()) && next != null && nextCols.size() == cols.size()
                    && !LineClassifier.roles(next.text())) {
                for (int n = 0; n < cols.size(); n++) {
                    signatory(d, nextCols.get(n), cols.get(n), next.number());
                }
                sideBySide |= cols.size() > 1;
                stacked |= cols.size() == 1;
                k++;
            } else if (next != null && nextCols.size() == cols.size() && LineClassifier.roles(next.text())) {
                for (int n = 0; n < cols.size(); n++) {
                    signatory(d, cols.get(n), nextCols.get(n), c.number());
                }
                sideBySide |= cols.size() > 1;
                stacked |= cols.size() == 1;
                k++;
            } else if (cols.size() >= 2 && cols.stream().allMatch(StatementAssembler::personLike)) {
                for (String col : cols) {
                    signatory(d, col, null, c.number());
                }
                sideBySide = true;
            } else if (cols.size() == 1 && personRole(c.text()) != null) {
                String[] pr = personRole(c.text());
                signatory(d, pr[0], pr[1], c.number());
                stacked = true;
            } else if (cols.size() == 1 && c.text().contains(",") && commaList(c.text())) {
                for (String part : c.text().split(",")) {
                    String p = part.strip().replaceAll("\\.$", "");
                    if (p.isEmpty()) {
                        continue;
                    }
                    Matcher m = Pattern.compile("^(.+?)\\s*\\(([^)]+)\\)$").matcher(p);
                    if (m.matches()) {
                        signatory(d, m.group(1), m.group(2), c.number());
                    } else {
                        signatory(d, p, null, c.number());
                    }
                }
                stacked = true;
            } else if (cols.size() == 1 && ORG.matcher(c.text()).find() && !personLike(c.text())) {
                String org = c.text().strip();
                if (d.hasOwnSender()) {
                    signatory(d, org, null, c.number());
                } else {
                    d.addSender(org, c.number(), "", false);
                }
            } else if (cols.size() == 1 && personLike(c.text())) {
                String role = null;
                if (next != null && nextCols.size() == 1 && (LineClassifier.roles(next.text())
                        || (ROLE_ANY.matcher(next.text().strip()).matches() && next.text().strip().split("\\s+").length <= 6
                        && !personLike(next.text())))) {
                    role = next.text().strip();
                    k++;
                }
                signatory(d, c.text().strip(), role, c.number());
                stacked = true;
            } else {
                d.body.add(BodyBlock.Paragraph.of(collapse(c.text())));
                uncertain.add(new Uncertainty(d.field("body"), "text after the closing that is neither a name nor a role; "
                        + "kept as a paragraph", 0.4, c.number()));
            }
        }
        if (stacked && !sideBySide) {
            d.arrangement = SignatureArrangement.STACKED;
        }
    }

    private void signatory(Draft d, String name, String role, int line) {
        String n = collapse(name).replaceAll("[.,]$", "");
        String r = role == null ? null : collapse(role).replaceAll("[.,]$", "");
        d.signatories.add(new Signatory(n, r));
        note(d, "signatories[" + (d.signatories.size() - 1) + "]", n + (r == null ? "" : " (" + r + ")"), line, "", false);
    }

    private static boolean commaList(String text) {
        String[] parts = text.split(",");
        int names = 0;
        for (String p : parts) {
            String s = p.strip().replaceAll("\\.$", "").replaceAll("\\s*\\([^)]*\\)$", "");
            if (s.isEmpty()) {
                continue;
            }
            if (!personLike(s) && !LineClassifier.roles(s)) {
                return false;
            }
            names++;
        }
        return names >= 2;
    }

    /** "Bo Hansen, formand" → name and role. */
    private static String[] personRole(String text) {
        int comma = text.indexOf(',');
        if (comma < 0) {
            return null;
        }
        String name = text.substring(0, comma).strip();
        String role = text.substring(comma + 1).strip();
        if (personLike(name) && ROLE_START.matcher(role).matches()) {
            return new String[] {name, role};
        }
        return null;
    }

    static boolean personLike(String text) {
        String t = text.strip().replaceAll("\\.$", "");
        String[] words = t.split("\\s+");
        if (words.length < 2 || words.length > 5 || ORG.matcher(t).find() || t.matches(".*\\d.*")) {
            return false;
        }
        for (String w : words) {
            if (!w.matches("\\p{Lu}[\\p{L}'’-]*\\.?|\\p{Lu}\\.")) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- annexes

    private void annex(Draft d) {
        Classified c = lines.get(i);
        String title = c.value().isEmpty() ? c.text().strip() : c.value();
        String consumed = c.value().isEmpty() ? "" : c.label();
        AnnexDraft annex = new AnnexDraft(title);
        int index = d.annexes.size();
        d.annexes.add(annex);
        note(d, "annexes[" + index + "].title", title, c.number(), consumed, false);
        i++;
        Draft intro = new Draft(d.field("annexes[" + index + "]"));
        while (true) {
            skipBlank();
            if (i >= lines.size()) {
                break;
            }
            LineKind k = lines.get(i).kind();
            if (k == LineKind.TITLE || k == LineKind.RECIPIENT || k == LineKind.MEETING_START || k == LineKind.MAIL_HEADER) {
                break;
            }
            block(intro, true);
        }
        annex.body.addAll(intro.body);
        while (i < lines.size()) {
            Draft s = new Draft(d.field("annexes[" + index + "].statements[" + annex.statements.size() + "]"));
            SenderKind hint = SenderKinds.guess(title);
            s.kindHint = hint == SenderKind.OTHER || hint == SenderKind.CITIZEN ? null : hint;
            int before = i;
            header(s, true);
            while (i < lines.size() && block(s, true)) {
                // reads the annexed statement block by block
            }
            if (i == before) {
                break; // nothing read: avoid looping on a line no rule takes
            }
            annex.statements.add(s);
        }
    }

    // ---------------------------------------------------------------- finishing

    private HearingStatement finish(Draft d) {
        if (d.title == null) {
            d.title = FALLBACK_TITLE;
            note(d, "title", FALLBACK_TITLE, 0, "", true);
            uncertain.add(new Uncertainty(d.field("title"), "no title found; \"" + FALLBACK_TITLE + "\" is used", 0.2, 0));
        }
        guessSenders(d);
        List<StanceGuesser.Guess> all = new ArrayList<>();
        List<Pending> pointSources = d.items.isEmpty() ? new ArrayList<>() : d.items;
        if (d.items.isEmpty()) {
            for (Pending p : d.paragraphs) {
                if (StanceGuesser.guess(p.text()).stance() != Stance.REMARK) {
                    pointSources.add(p);
                }
            }
            if (!pointSources.isEmpty()) {
                uncertain.add(new Uncertainty(d.field("points"), "no lists or provision remarks; paragraphs with a stance "
                        + "are taken as points", 0.5, 0));
            }
        }
        List<Point> points = new ArrayList<>();
        for (Pending p : pointSources) {
            StanceGuesser.Guess g = StanceGuesser.guess(p.text());
            if (g.stance() == Stance.REMARK && p.context() != null) {
                StanceGuesser.Guess fromIntro = StanceGuesser.guess(p.context());
                if (fromIntro.stance() != Stance.REMARK) {
                    g = new StanceGuesser.Guess(fromIntro.stance(), Math.round(fromIntro.confidence() * 70) / 100.0,
                            fromIntro.cues());
                }
            }
            String reference = p.reference() != null ? p.reference() : pageReference(p.text());
            String theme = p.theme() == null ? FALLBACK_THEME : p.theme();
            points.add(new Point(p.text(), g.stance(), theme, reference));
            guesses.add(new PointGuess(d.path, p.text(), g.stance(), g.confidence(), g.cues()));
            all.add(g);
            if (g.confidence() < 0.4) {
                uncertain.add(new Uncertainty(d.field("points[" + (points.size() - 1) + "].stance"),
                        g.cues().isEmpty() ? "no cue words; marked as a remark" : "weak or mixed cues " + g.cues(),
                        g.confidence(), p.line()));
            }
        }
        for (Pending p : d.paragraphs) {
            if (!pointSources.contains(p)) {
                all.add(StanceGuesser.guess(p.text()));
            }
        }
        StringBuilder whole = new StringBuilder();
        for (BodyBlock b : d.body) {
            if (b instanceof BodyBlock.Paragraph p) {
                whole.append(p.text().plainText()).append('\n');
            }
        }
        d.items.forEach(p -> whole.append(p.text()).append('\n'));
        StanceGuesser.PositionGuess position = StanceGuesser.position(whole.toString(), all);
        Position pos = null;
        if (position != null) {
            pos = position.position();
            note(d, "position", pos.name().toLowerCase(Locale.ROOT).replace('_', '-'), 0, "", true);
            if (position.confidence() < 0.7) {
                uncertain.add(new Uncertainty(d.field("position"), position.why(), position.confidence(), 0));
            }
        } else if (d.hasBody()) {
            uncertain.add(new Uncertainty(d.field("position"), "no clear position in the text; left empty", 0.3, 0));
        }
        HearingReference hearing = null;
        if (d.caseNumber != null) {
            Matcher m = TITLE_PROPOSAL.matcher(d.title);
            String proposal = m.find() ? m.group(1) : d.title;
            hearing = new HearingReference(proposal, null, d.caseNumber, null);
            note(d, "hearing.proposalTitle", proposal, d.titleLine, "", true);
        }
        if (d.date == null && d.hasBody()) {
            uncertain.add(new Uncertainty(d.field("date"), "no date line; the statement's date is left empty"
                    + (d.meeting != null ? " (the meeting has one)" : ""), 0.5, 0));
        }
        HearingStatement.Builder b = HearingStatement.builder()
                .recipient(d.recipient)
                .letterhead(d.letterhead.toArray(String[]::new))
                .hearing(hearing)
                .title(d.title)
                .date(d.date)
                .place(d.place)
                .position(pos)
                .body(d.body.toArray(BodyBlock[]::new))
                .closing(d.closing)
                .signatureArrangement(d.arrangement)
                .meeting(d.meeting);
        d.senders.forEach(b::sender);
        points.forEach(b::point);
        d.signatories.forEach(b::signatory);
        for (AnnexDraft a : d.annexes) {
            List<HearingStatement> statements = new ArrayList<>();
            for (Draft s : a.statements) {
                statements.add(finish(s));
            }
            b.annex(new Annex(a.title, a.body, statements));
        }
        return b.build();
    }

    private void guessSenders(Draft d) {
        if (!d.senders.isEmpty()) {
            return;
        }
        String title = d.title;
        List<String> names = new ArrayList<>();
        Matcher m;
        if ((m = TITLE_PREFIX.matcher(title)).matches()) {
            names.add(m.group(1).strip());
        } else if ((m = TITLE_GENITIVE.matcher(title)).matches()) {
            names.add(m.group(1).strip());
        } else if ((m = TITLE_FROM.matcher(title)).find()) {
            for (String n : m.group(1).split("(?<!-)\\s+og\\s+")) {
                names.add(n.strip());
            }
        }
        if (!names.isEmpty()) {
            for (String n : names) {
                String name = capitalise(n.replaceAll("[.,:;]$", ""));
                d.addSender(name, d.titleLine, "", true);
                uncertain.add(new Uncertainty(d.field("senders"), "the sender \"" + name + "\" is taken from the title",
                        0.7, d.titleLine));
            }
            return;
        }
        for (Pending p : d.paragraphs) {
            Matcher subject = SUBJECT.matcher(p.text());
            if (subject.matches() && (ORG.matcher(subject.group(1)).find() || MED_MENTION.matcher(subject.group(1)).find())) {
                String name = subject.group(1);
                d.addSender(name, p.line(), "", true);
                uncertain.add(new Uncertainty(d.field("senders"), "the sender \"" + name + "\" is the subject of the "
                        + "first sentence", 0.5, p.line()));
                return;
            }
            Matcher med = MED_MENTION.matcher(p.text());
            if (med.find()) {
                String name = capitalise(med.group(1));
                d.addSender(name, p.line(), "", true);
                uncertain.add(new Uncertainty(d.field("senders"), "the sender \"" + name + "\" is the first MED committee "
                        + "the text names", 0.5, p.line()));
                return;
            }
            break;
        }
        d.addSender(UNKNOWN_SENDER, 0, "", true);
        uncertain.add(new Uncertainty(d.field("senders"), "no sender found; \"" + UNKNOWN_SENDER + "\" is used", 0.1, 0));
    }

    private static String pageReference(String text) {
        Matcher m = Pattern.compile("(?iu)(?<![\\p{L}])(?:på\\s+)?(side\\s+\\d+|§\\s*\\d+(?:\\s*,\\s*stk\\.\\s*\\d+)?)").matcher(text);
        return m.find() ? m.group(1) : null;
    }

    // ---------------------------------------------------------------- helpers

    private void note(Draft d, String field, String value, int line, String consumed, boolean derived) {
        recognised.add(new Recognised(d.field(field), value, line, consumed, derived));
    }

    private void skipBlank() {
        while (i < lines.size() && lines.get(i).blank()) {
            i++;
        }
    }

    private boolean shortLine(Classified c) {
        String t = c.text().strip();
        return t.length() <= 70 && t.split("\\s+").length <= 9;
    }

    private static boolean hasPostalLine(List<Classified> group) {
        return group.size() >= 2 && group.stream().anyMatch(c -> POSTAL.matcher(c.text()).matches());
    }

    static boolean endsSentence(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return false;
        }
        char last = t.charAt(t.length() - 1);
        return ".!?:;".indexOf(last) >= 0 || (CLOSE_QUOTES.indexOf(last) >= 0 && t.length() > 1
                && ".!?".indexOf(t.charAt(t.length() - 2)) >= 0);
    }

    private static boolean startsLower(String text) {
        String t = text.strip();
        return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    static boolean upperCase(String text) {
        int letters = 0;
        int upper = 0;
        for (int k = 0; k < text.length(); k++) {
            char ch = text.charAt(k);
            if (Character.isLetter(ch)) {
                letters++;
                if (Character.isUpperCase(ch)) {
                    upper++;
                }
            }
        }
        return letters >= 4 && upper >= letters * 0.9 && text.strip().split("\\s+").length >= 2;
    }

    static String collapse(String text) {
        return text.replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String join(List<Classified> group, String separator) {
        return String.join(separator, group.stream().map(c -> c.text().strip()).toList());
    }

    private static int typicalWidth(List<Classified> lines) {
        int[] lengths = lines.stream().filter(c -> c.kind() == LineKind.TEXT).mapToInt(c -> c.text().strip().length())
                .sorted().toArray();
        if (lengths.length == 0) {
            return 80;
        }
        return Math.max(40, lengths[(int) Math.floor((lengths.length - 1) * 0.9)]);
    }

    /** A remark waiting to become a point: its text, theme, provision, the intro of its list, line, block. */
    private record Pending(String text, String theme, String reference, String context, int line, int block) {
    }

    private static final class AnnexDraft {
        final String title;
        final List<BodyBlock> body = new ArrayList<>();
        final List<Draft> statements = new ArrayList<>();

        AnnexDraft(String title) {
            this.title = title;
        }
    }

    /** A statement being read. */
    private final class Draft {
        final String path;
        final List<Sender> senders = new ArrayList<>();
        boolean ownSender;
        String recipient;
        final List<String> letterhead = new ArrayList<>();
        String title;
        int titleLine;
        LocalDate date;
        String place;
        String caseNumber;
        int caseNumberLine;
        final List<BodyBlock> body = new ArrayList<>();
        final List<Pending> items = new ArrayList<>();
        final List<Pending> paragraphs = new ArrayList<>();
        String theme;
        String themeReference;
        String closing;
        final List<Signatory> signatories = new ArrayList<>();
        SignatureArrangement arrangement = SignatureArrangement.SIDE_BY_SIDE;
        Meeting meeting;
        final List<AnnexDraft> annexes = new ArrayList<>();
        /** The kind of an annexed sender whose name says nothing, from the annex title ("… fra CenterMEDerne"). */
        SenderKind kindHint;

        Draft(String path) {
            this.path = path;
        }

        String field(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }

        boolean hasBody() {
            return !body.isEmpty();
        }

        boolean started() {
            return title != null || !body.isEmpty() || meeting != null || closing != null || !signatories.isEmpty();
        }

        boolean hasOwnSender() {
            return ownSender;
        }

        void addSender(String name, int line, String consumed, boolean derived) {
            SenderKind kind = SenderKinds.guess(name);
            if (kind == SenderKind.OTHER && kindHint != null) {
                kind = kindHint;
                uncertain.add(new Uncertainty(field("senders[" + senders.size() + "].kind"), "the kind of \"" + name
                        + "\" is taken from the annex title", 0.6, line));
            }
            senders.add(Sender.of(name, kind));
            ownSender |= !derived;
            note(this, "senders[" + (senders.size() - 1) + "]", name, line, consumed, derived);
        }
    }

    static List<String> splitWords(String text) {
        return Arrays.stream(text.split("[\\s\\u00A0]+")).filter(s -> !s.isEmpty()).toList();
    }
}
