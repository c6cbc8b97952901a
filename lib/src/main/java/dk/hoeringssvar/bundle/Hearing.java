package dk.hoeringssvar.bundle;

import dk.hoeringssvar.model.InvalidModelException;
import java.time.LocalDate;
import java.util.List;

/**
 * Høring: the consultation a bundle belongs to.
 *
 * @param title            the proposal consulted on, "Forslag til beskæftigelsesplan 2027"
 * @param authority        who runs the hearing, "Aarby Kommune, Beskæftigelsesudvalget"
 * @param committee        the committee the bundle goes to (stamped on every page); may be null
 * @param caseNumber       sagsnr.; may be null
 * @param start            when the hearing opened; may be null
 * @param deadline         høringsfrist; may be null
 * @param consultedParties who was asked (høringsparter), to show who answered; may be empty
 */
public record Hearing(String title, String authority, String committee, String caseNumber, LocalDate start,
                      LocalDate deadline, List<String> consultedParties) {
    public Hearing {
        title = Texts.required(title, "Hearing.title");
        authority = Texts.optional(authority, "Hearing.authority");
        committee = Texts.optional(committee, "Hearing.committee");
        caseNumber = Texts.optional(caseNumber, "Hearing.caseNumber");
        consultedParties = Texts.lines(consultedParties, "Hearing.consultedParties");
        if (start != null && deadline != null && deadline.isBefore(start)) {
            throw new InvalidModelException("Hearing.deadline", "is before start");
        }
    }
}
