package dk.hoeringssvar.model;

/**
 * Høringspart: who answers.
 *
 * @param name    "HovedMED", "FagMED for Beskæftigelse", "Dansk Metal"
 * @param kind    what kind of party
 * @param address may be null
 */
public record Sender(String name, SenderKind kind, Address address) {
    public Sender {
        name = Checks.required(name, "Sender.name");
        kind = Checks.notNull(kind, "Sender.kind");
    }

    public static Sender of(String name, SenderKind kind) {
        return new Sender(name, kind, null);
    }
}
