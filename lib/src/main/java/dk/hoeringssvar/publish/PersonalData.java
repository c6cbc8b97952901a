package dk.hoeringssvar.publish;

/**
 * The kinds of personal data a {@link PublicationPolicy} removes by default, each with the rule name
 * the redaction log uses.
 */
public enum PersonalData {
    /**
     * CPR numbers: six digits that are a valid date (ddmmåå) and four more, with or without the dash or a
     * space. No modulus-11 check: numbers issued since 2007 need not pass it.
     */
    CPR("cpr"),
    /** E-mail addresses. */
    EMAIL("e-mail"),
    /**
     * Danish phone numbers: eight digits, first digit 2–9, written together, 4+4 or 2+2+2+2, with or
     * without +45/0045. Not when the number is a pair of years ("2024 2025"), an amount ("kr."), or
     * follows CVR, EAN, P-nr., sagsnr., j.nr. or §.
     */
    PHONE("telefon"),
    /**
     * Account numbers: a registration number with an account number ("reg.nr. 1234 konto 1234567890",
     * "kontonr. 1234-1234567890") and Danish IBANs (DK + 16 digits).
     */
    ACCOUNT("konto"),
    /**
     * Street addresses of private senders: the sender's own street wherever it occurs in their
     * statement, and any "Street name 12, 3. th." in it (street names by their Danish endings: -vej,
     * -gade, -vænget, -allé …). Organisations' addresses stay.
     */
    STREET_ADDRESS("adresse");

    private final String ruleName;

    PersonalData(String ruleName) {
        this.ruleName = ruleName;
    }

    /** The name in the redaction log: "cpr", "e-mail", "telefon", "konto", "adresse". */
    public String ruleName() {
        return ruleName;
    }
}
