package dk.hoeringssvar.bundle;

import dk.hoeringssvar.model.InvalidModelException;
import dk.hoeringssvar.model.Stance;

/**
 * One point of the høringsnotat: what a sender said on a theme, and the administration's comment.
 *
 * @param id        stable key, "{annex}-{n}": "3-2" is the second point of Bilag 3, "2.1-1" the first
 *                  of Bilag 2.1 (a statement annexed to Bilag 2); the XLSX worksheet and JSON comments use it
 * @param annex     the annex number, "3" or "2.1"
 * @param sender    who said it
 * @param theme     what it is about
 * @param stance    support, concern …
 * @param text      the point
 * @param reference where in the proposal; may be null
 * @param comment   the administration's comment; may be null until written
 */
public record SummaryPoint(String id, String annex, String sender, String theme, Stance stance, String text,
                           String reference, String comment) {
    public SummaryPoint {
        id = Texts.required(id, "SummaryPoint.id");
        annex = Texts.required(annex, "SummaryPoint.annex");
        sender = Texts.required(sender, "SummaryPoint.sender");
        theme = Texts.required(theme, "SummaryPoint.theme");
        if (stance == null) {
            throw new InvalidModelException("SummaryPoint.stance", "is required");
        }
        text = Texts.required(text, "SummaryPoint.text");
        reference = Texts.optional(reference, "SummaryPoint.reference");
        comment = Texts.optional(comment, "SummaryPoint.comment");
    }

    public SummaryPoint withComment(String newComment) {
        return new SummaryPoint(id, annex, sender, theme, stance, text, reference, newComment);
    }
}
