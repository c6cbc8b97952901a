package dk.hoeringssvar.bundle;

import dk.hoeringssvar.model.InvalidModelException;

/**
 * Whether a consulted party answered. {@code annex} is the annex number of its answer, null when it did
 * not answer.
 */
public record PartyResponse(String party, Response response, String annex) {

    public enum Response {
        WITH_REMARKS,
        NO_REMARKS,
        NO_ANSWER
    }

    public PartyResponse {
        party = Texts.required(party, "PartyResponse.party");
        if (response == null) {
            throw new InvalidModelException("PartyResponse.response", "is required");
        }
        annex = Texts.optional(annex, "PartyResponse.annex");
    }
}
