package dk.hoeringssvar.importer;

import dk.hoeringssvar.model.SenderKind;
import java.util.regex.Pattern;

/** Guesses what kind of party a sender is from its name. */
final class SenderKinds {

    private static final Pattern EMPLOYEE = Pattern.compile("(?u)MED\\b|MED-|(?i:medarbejder|personale|tillidsrepræsentant)");
    private static final Pattern MANAGEMENT = Pattern.compile("(?iu)ledergruppe|ledelse|ledere\\b|direktion|chefgruppe");
    private static final Pattern FUND = Pattern.compile("(?iu)a-kasse|arbejdsløshedskasse");
    private static final Pattern UNION = Pattern.compile(
            "(?u)(?i:forbund|fagforening|faglig)|\\b(?:HK|3F|FOA|DM|BUPL|DLF|Dansk Metal|Djøf|Krifa|FH)\\b");
    private static final Pattern ASSOCIATION = Pattern.compile("(?iu)forening|råd\\b|rådet|selskab|organisation|netværk|klub");
    private static final Pattern COMPANY = Pattern.compile("(?u)\\b(?:A/S|ApS|I/S|IVS|P/S)\\b");
    private static final Pattern AUTHORITY = Pattern.compile("(?iu)kommune|region|styrelse|ministeri|forvaltning|udvalget");

    private SenderKinds() {
    }

    static SenderKind guess(String name) {
        if (FUND.matcher(name).find()) {
            return SenderKind.UNEMPLOYMENT_FUND;
        }
        if (EMPLOYEE.matcher(name).find()) {
            return SenderKind.EMPLOYEE_COMMITTEE;
        }
        if (MANAGEMENT.matcher(name).find()) {
            return SenderKind.MANAGEMENT;
        }
        if (COMPANY.matcher(name).find()) {
            return SenderKind.COMPANY;
        }
        if (UNION.matcher(name).find()) {
            return SenderKind.UNION;
        }
        if (ASSOCIATION.matcher(name).find()) {
            return SenderKind.ASSOCIATION;
        }
        if (AUTHORITY.matcher(name).find()) {
            return SenderKind.PUBLIC_AUTHORITY;
        }
        if (StatementAssembler.personLike(name)) {
            return SenderKind.CITIZEN;
        }
        return SenderKind.OTHER;
    }
}
