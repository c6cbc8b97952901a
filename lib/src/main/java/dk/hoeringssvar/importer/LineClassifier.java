package dk.hoeringssvar.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells what a line looks like on its own, and takes it apart: marker or label, and the rest. */
final class LineClassifier {

    /** A classified line. {@code label} is the marker or label ("•", "3.", "Sagsnr.", "Til"), {@code value} the rest. */
    record Classified(SourceLine line, LineKind kind, String label, String value) {
        String text() {
            return line.text();
        }

        int number() {
            return line.number();
        }

        boolean blank() {
            return kind == LineKind.BLANK;
        }
    }

    static final String ROLE_WORDS = "formand|næstformand|forperson|næstforperson|sekretær|kasserer|direktør|"
            + "centerchef|chef|leder|afdelingsleder|sektionsleder|medlem|tillidsrepræsentant|"
            + "fællestillidsrepræsentant|arbejdsmiljørepræsentant|amr|tr|ftr|medarbejderrepræsentant|"
            + "ledelsesrepræsentant|borgmester|rådmand|udvalgsformand|sekretariatsleder|konsulent|"
            + "personaleleder|souschef";

    private static final Pattern BULLET = Pattern.compile(
            "^\\s*([•●▪■◦○‣⁃∙·\\uF0B7\\uF0A7\\uF076\\uF0D8\\uF0FC\\uF0E0➢►✓]|[-–—*](?=\\s))\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(\\d{1,2}[.)]|[a-h]\\))\\s+(\\S.*)$");
    static final Pattern PROVISION = Pattern.compile(
            "(?iu)^\\s*((?:(?:til|ad|vedr\\.?|vedrørende|bemærkning(?:er)? til)\\s+)?"
                    + "((?:§+\\s*\\d+\\s*[a-z]?(?:\\s*,\\s*stk\\.\\s*\\d+)?(?:\\s*,\\s*nr\\.\\s*\\d+)?)"
                    + "|(?:(?:punkt|pkt\\.|afsnit)\\s*\\d+(?:\\.\\d+)*))\\s*[:.–-]?)\\s*(.*)$");
    private static final Pattern AD_PROVISION = Pattern.compile("(?iu)^\\s*(?:til|ad|vedr\\.?|vedrørende|bemærkning(?:er)? til)\\s+.*");
    private static final Pattern CLOSING = Pattern.compile(
            "(?iu)^\\s*(med\\s+venlig(?:e|st)?\\s+hilsen?(?:er)?|venlig(?:st|e)?\\s+hilsen?(?:er)?|mange\\s+hilsner|"
                    + "de\\s+bedste\\s+hilsner|bedste\\s+hilsner|mvh\\.?|vh\\.?)\\s*[,.!]?\\s*(.*)$");
    private static final Pattern MAIL_HEADER = Pattern.compile(
            "(?iu)^\\s*(fra|til|cc|bcc|emne|sendt|dato|vedhæftet|vedhæftede filer|from|to|subject|sent|date)\\s*:\\s*(.*)$");
    private static final Pattern REFERENCE = Pattern.compile(
            "(?iu)^\\s*(sagsnr\\.?|sags nr\\.?|sagsnummer|j\\.\\s?nr\\.?|journalnr\\.?|journalnummer|deres ref\\.?|"
                    + "vores ref\\.?|jeres ref\\.?)\\s*:?\\s*(\\S.*)$");
    private static final Pattern RECIPIENT = Pattern.compile("^\\s*(Til|TIL)(?:\\s+(\\p{Lu}.*|\\d.*))?\\s*$");
    private static final Pattern ANNEX = Pattern.compile(
            "(?u)^\\s*((?:Bilag|BILAG)(?:\\s+(?:\\d+(?:\\.\\d+)*|[A-Z]))?\\s*[:.–-]?)\\s*(.*)$");
    private static final Pattern TITLE = Pattern.compile(
            "(?iu)^\\s*(?:høringssvar\\b|svar på høring\\b|høringssvar$|(?:\\S+?)(?:s|’s|'s)\\s+høringssvar\\b"
                    + "|.{1,60}?\\s[-–]\\s+høringssvar\\b).*$");
    private static final Pattern MEETING_START = Pattern.compile("(?iu)^\\s*(mødedato|dato for mødet|møde den)\\b\\s*:?\\s*(.*)$");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:[_\\-–—=*~]\\s*){5,}$");
    private static final Pattern QUOTE_INTRO = Pattern.compile(
            "(?iu)^\\s*(?:(?:uddrag|citat)\\s+(?:af|fra)\\s+)?(?:referat(?:et)?|protokol(?:len)?|uddrag)\\b.{0,140}:\\s*$");
    private static final Pattern ROLE = Pattern.compile("(?iu)^(?:(?:" + ROLE_WORDS + ")(?:\\s+(?:og|&)\\s+)?)+\\s*[,.]?$");
    private static final Pattern MONTH_AFTER_NUMBER = Pattern.compile(
            "(?iu)^\\s*\\d{1,2}\\.\\s*(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november"
                    + "|december|jan|feb|mar|apr|jun|jul|aug|sep|okt|nov|dec)\\b.*");

    private LineClassifier() {
    }

    static Classified classify(SourceLine line) {
        String t = line.text();
        if (t.isBlank()) {
            return new Classified(line, LineKind.BLANK, "", "");
        }
        Matcher m;
        if (RULE.matcher(t).matches()) {
            return new Classified(line, LineKind.RULE, t.strip(), "");
        }
        if (DanishDates.dateLine(t).isPresent()) {
            return new Classified(line, LineKind.DATE, "", t.strip());
        }
        if ((m = MAIL_HEADER.matcher(t)).matches()) {
            return new Classified(line, LineKind.MAIL_HEADER, t.strip().substring(0, t.strip().indexOf(':') + 1),
                    m.group(2).strip());
        }
        if ((m = PROVISION.matcher(t)).matches() && (t.contains("§") || AD_PROVISION.matcher(t).matches())) {
            return new Classified(line, LineKind.PROVISION, m.group(1).strip(), m.group(3).strip());
        }
        if ((m = CLOSING.matcher(t)).matches() && (m.group(2).isEmpty() || m.group(2).length() < 60)
                && !m.group(2).matches("(?s).*[.!?]$")) {
            return new Classified(line, LineKind.CLOSING, m.group(1), m.group(2).strip());
        }
        if ((m = REFERENCE.matcher(t)).matches() && t.strip().length() <= 80) {
            return new Classified(line, LineKind.REFERENCE, m.group(1).strip(), m.group(2).strip());
        }
        if ((m = RECIPIENT.matcher(t)).matches() && (m.group(2) == null || recipientLike(m.group(2)))) {
            return new Classified(line, LineKind.RECIPIENT, m.group(1), m.group(2) == null ? "" : m.group(2).strip());
        }
        if ((m = ANNEX.matcher(t)).matches() && annexLike(m.group(1), m.group(2))) {
            return new Classified(line, LineKind.ANNEX, m.group(1).strip(), m.group(2).strip());
        }
        if ((m = MEETING_START.matcher(t)).matches()) {
            return new Classified(line, LineKind.MEETING_START, m.group(1), m.group(2).strip());
        }
        if (TITLE.matcher(t).matches() && t.strip().length() <= 160 && !t.strip().endsWith(".")) {
            return new Classified(line, LineKind.TITLE, "", t.strip());
        }
        if (QUOTE_INTRO.matcher(t).matches()) {
            return new Classified(line, LineKind.QUOTE_INTRO, "", t.strip());
        }
        if ((m = BULLET.matcher(t)).matches() && !m.group(2).isBlank()) {
            return new Classified(line, LineKind.BULLET, m.group(1), m.group(2).strip());
        }
        if ((m = NUMBERED.matcher(t)).matches() && !MONTH_AFTER_NUMBER.matcher(t).matches()) {
            return new Classified(line, LineKind.NUMBERED, m.group(1), m.group(2).strip());
        }
        if (roles(t)) {
            return new Classified(line, LineKind.ROLES, "", t.strip());
        }
        return new Classified(line, LineKind.TEXT, "", t.strip());
    }

    static List<Classified> classify(List<SourceLine> lines) {
        return lines.stream().map(LineClassifier::classify).toList();
    }

    /** A line of columns separated by wide gaps, each only roles: "Formand     Næstformand". */
    static boolean roles(String line) {
        List<String> cols = columns(line);
        return !cols.isEmpty() && cols.stream().allMatch(c -> ROLE.matcher(c).matches());
    }

    /** Columns separated by two or more spaces. */
    static List<String> columns(String line) {
        return java.util.Arrays.stream(line.strip().split("\\s{2,}")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean recipientLike(String rest) {
        String r = rest.strip();
        return r.length() <= 90 && !r.matches("(?s).*[.,;!?]$") && r.split("\\s+").length <= 10;
    }

    private static boolean annexLike(String label, String rest) {
        String r = rest.strip();
        if (r.isEmpty()) {
            return true;
        }
        return r.length() <= 100 && !r.endsWith(".") && r.split("\\s+").length <= 12
                && (label.contains(":") || label.matches("(?iu)bilag\\s+\\S+.*") || Character.isUpperCase(r.charAt(0)))
                && !r.toLowerCase(Locale.ROOT).matches("^(er|var|har|viser|indeholder|beskriver|til|med)\\b.*");
    }
}
