package dk.hoeringssvar.publish.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Danish patterns for personal data, with the checks that keep ordinary numbers (dates, amounts,
 * case numbers, § references, years) out of them.
 */
final class DanishPatterns {

    private DanishPatterns() {
    }

    /** ddmmåå-nnnn, ddmmåånnnn or ddmmåå nnnn; the date part is checked, no modulus 11. */
    static final Pattern CPR = Pattern.compile(
            "(?<![\\p{L}\\d.,/-])(\\d{2})(\\d{2})\\d{2}[-\u2010\u2011\u2013 ]?\\d{4}(?![\\d]|[.,]\\d|-\\d)");

    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\d._%+-])[\\p{L}\\d][\\p{L}\\d._%+-]*@[\\p{L}\\d](?:[\\p{L}\\d-]*[\\p{L}\\d])?"
                    + "(?:\\.[\\p{L}\\d](?:[\\p{L}\\d-]*[\\p{L}\\d])?)*\\.\\p{L}{2,}");

    /** Eight digits, first 2–9: together, 4 4 or 2 2 2 2, optionally after +45 or 0045. */
    static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{L}\\d.,/+-])(?:(?:\\+|00)45[ \u00a0-]?(\\d{8}|\\d{4}[ \u00a0-]\\d{4}|\\d{2}(?:[ \u00a0-]\\d{2}){3})"
                    + "|([2-9]\\d{7}|[2-9]\\d{3}[ \u00a0-]\\d{4}|[2-9]\\d(?:[ \u00a0-]\\d{2}){3}))"
                    + "(?![\\p{L}\\d]|[.,]\\d|-\\d)");

    /** Words after which eight digits are not a phone number. */
    private static final Pattern NOT_PHONE_BEFORE = Pattern.compile(
            "(?iu)(?:cvr|se|ean|p|gln|sags|j|journal|løbe|reg|konto|kto|faktura|ordre|kunde)"
                    + "[ .-]*(?:nr|nummer)?[.:]?(?:\\s+(?:er|var|lyder))?\\s*$|§\\s*$|stk\\.\\s*$|kr\\.\\s*$|dkk\\s*$");
    private static final Pattern NOT_PHONE_AFTER = Pattern.compile("(?iu)^\\s*(?:kr\\b|kroner|dkk|mio|mia|euro|€)");

    /** A registration number and an account number after Danish key words; a Danish IBAN. */
    static final Pattern ACCOUNT = Pattern.compile(
            "(?iu)(?:\\breg(?:\\.|istrerings)?[ -]?(?:nr\\.?|nummer)?[ :]*(\\d{4})[ ,/]*(?:og[ ]+)?"
                    + "(?:konto|kontonr\\.?|kontonummer|kto\\.?)[ -]?(?:nr\\.?)?[ :]*(\\d{6,10})\\b"
                    + "|\\b(?:konto|kontonr\\.?|kontonummer|kto\\.?)[ -]?(?:nr\\.?)?[ :]*((?:\\d{4}[ -])?\\d{6,10})\\b"
                    + "|\\bDK\\d{2}(?:[ ]?\\d{4}){3}[ ]?\\d{2}\\b)");

    /** A street by its Danish ending, a house number, and floor and side if given. */
    static final Pattern STREET = Pattern.compile(
            "(?u)(?<!\\p{L})(?:\\p{Lu}[\\p{L}.-]*\\s)?\\p{Lu}[\\p{L}-]*"
                    + "(?:vej|vejen|gade|gaden|vænge|vænget|allé|alle|stræde|stræde|sti|stien|plads|pladsen|torv|torvet"
                    + "|boulevard|parken|bakken|haven|højen|toften|engen|vangen|løkken|krogen|lunden|hegnet|kæret"
                    + "|marken|ageren|kvarter|kvarteret|have|park|bakke|vang|toft|eng|løkke|krog)"
                    + "\\s+\\d{1,4}(?:\\s?[A-Za-z](?![\\p{L}]))?"
                    + "(?:,?\\s+(?:st\\.|kl\\.|kld\\.|\\d{1,2}\\.)(?:\\s*(?:th\\.|tv\\.|mf\\.|th|tv|mf|\\d{1,3})(?![\\p{L}\\d]))?)?");

    /** Whether a CPR match's first six digits are a date: day 01–31, month 01–12. */
    static boolean plausibleCpr(Matcher m) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    /** Whether a phone match stands in a context that makes it some other number. */
    static boolean plausiblePhone(String text, Matcher m) {
        if (m.group(1) != null) {
            return true;
        }
        String[] groups = m.group(2).split("[ \u00a0-]");
        if (groups.length == 2 && isYear(groups[0]) && isYear(groups[1])) {
            return false;
        }
        String before = text.substring(Math.max(0, m.start() - 24), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 12));
        return !NOT_PHONE_BEFORE.matcher(before).find() && !NOT_PHONE_AFTER.matcher(after).find();
    }

    private static boolean isYear(String group) {
        return group.length() == 4 && (group.startsWith("19") || group.startsWith("20"));
    }

    /** The span of an account match without its key words: from the first digit (or "DK") on. */
    static int accountStart(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.start(g);
            }
        }
        return m.start();
    }
}
