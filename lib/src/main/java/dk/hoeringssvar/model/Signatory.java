package dk.hoeringssvar.model;

/** One who signs: name and role ("Formand", "Næstformand"; may be null). */
public record Signatory(String name, String role) {
    public Signatory {
        name = Checks.required(name, "Signatory.name");
        role = Checks.optional(role, "Signatory.role");
    }
}
