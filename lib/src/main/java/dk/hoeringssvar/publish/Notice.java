package dk.hoeringssvar.publish;

import java.util.Objects;

/**
 * Something in a publication copy a person should look at: what the library could not search (an
 * image), or a received file left out because it could not be cleaned safely.
 *
 * @param document where
 * @param field    the field or file
 * @param message  what to check, in the engine's language
 */
public record Notice(String document, String field, String message) {
    public Notice {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
