package dk.hoeringssvar.model;

import java.util.List;

/**
 * Bilag: an annex inside a statement, holding an introduction and the statements of others, as when
 * a HovedMED statement carries the statements of its CenterMED committees. A statement in an annex may
 * be no more than a title.
 */
public record Annex(String title, List<BodyBlock> body, List<HearingStatement> statements) {
    public Annex {
        title = Checks.required(title, "Annex.title");
        body = Checks.list(body, "Annex.body");
        statements = Checks.list(statements, "Annex.statements");
    }
}
