package dk.hoeringssvar.model;

import java.time.LocalDate;

/**
 * Høring: the proposal being answered.
 *
 * @param proposalTitle the title of the proposal, "Forslag til Beskæftigelsesplan 2026"
 * @param authority     who runs the hearing (may be null)
 * @param caseNumber    sagsnr. (may be null)
 * @param deadline      høringsfrist (may be null)
 */
public record HearingReference(String proposalTitle, String authority, String caseNumber, LocalDate deadline) {
    public HearingReference {
        proposalTitle = Checks.required(proposalTitle, "HearingReference.proposalTitle");
        authority = Checks.optional(authority, "HearingReference.authority");
        caseNumber = Checks.optional(caseNumber, "HearingReference.caseNumber");
    }
}
