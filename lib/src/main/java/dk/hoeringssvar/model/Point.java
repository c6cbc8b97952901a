package dk.hoeringssvar.model;

/**
 * Bemærkning: one remark of a statement, summarised for the høringsnotat.
 *
 * @param text      the remark
 * @param stance    support, concern, opposition …
 * @param theme     what it is about, "Virksomhedskontakt"
 * @param reference where in the proposal, "side 9" or "§ 3, stk. 7" (may be null)
 */
public record Point(String text, Stance stance, String theme, String reference) {
    public Point {
        text = Checks.required(text, "Point.text");
        stance = Checks.notNull(stance, "Point.stance");
        theme = Checks.required(theme, "Point.theme");
        reference = Checks.optional(reference, "Point.reference");
    }
}
