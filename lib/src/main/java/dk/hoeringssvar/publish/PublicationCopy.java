package dk.hoeringssvar.publish;

import java.util.Objects;

/**
 * A document with personal data removed, ready to render and publish, and the log of what was removed.
 *
 * @param document the cleaned statement, bundle, summary or packet
 * @param log      what was removed; for the secretariat, not for publication
 */
public record PublicationCopy<T>(T document, RedactionLog log) {
    public PublicationCopy {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(log, "log");
    }
}
