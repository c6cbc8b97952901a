package dk.hoeringssvar.model;

/** A postal address; street may be null (private senders are often published with postal code and city only). */
public record Address(String street, String postalCode, String city) {
    public Address {
        street = Checks.optional(street, "Address.street");
        postalCode = Checks.required(postalCode, "Address.postalCode");
        city = Checks.required(city, "Address.city");
    }
}
