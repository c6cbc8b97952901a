package dk.hoeringssvar.publish;

import java.util.Objects;

/**
 * One removal in a publication copy.
 *
 * @param document where: "Bilag 3 · Om lørdagsåbent på Vestby Bibliotek", or the statement's title
 * @param field    the field, as in the JSON format: {@code senders[0].address.street}, {@code body[2]},
 *                 {@code points[1].text}; for a received file {@code file "x.pdf", page 2}
 * @param rule     the rule that found it: "cpr", "e-mail", "telefon", "konto", "adresse", "navn" or the
 *                 name of a rule of the policy
 * @param removed  the text removed, for the secretariat's check (the log is never published)
 */
public record Redaction(String document, String field, String rule, String removed) {
    public Redaction {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(removed, "removed");
    }
}
