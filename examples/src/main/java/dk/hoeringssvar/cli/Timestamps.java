package dk.hoeringssvar.cli;

import dk.hoeringssvar.HoeringssvarException;
import dk.hoeringssvar.model.HearingStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The time written into document metadata. {@code SOURCE_DATE_EPOCH}, as reproducible-build tools set
 * it, wins; otherwise the statement's own date at noon UTC; otherwise now. So the same JSON gives the
 * same files.
 */
final class Timestamps {

    private Timestamps() {
    }

    static Clock forStatement(HearingStatement statement, Map<String, String> environment) {
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            return fromEpoch(epoch);
        }
        if (statement.date() != null) {
            return Clock.fixed(statement.date().atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        }
        return Clock.systemUTC();
    }

    /** A fixed clock at {@code SOURCE_DATE_EPOCH}. */
    static Clock fromEpoch(String epoch) {
        try {
            return Clock.fixed(Instant.ofEpochSecond(Long.parseLong(epoch.trim())), ZoneOffset.UTC);
        } catch (NumberFormatException e) {
            throw new HoeringssvarException("SOURCE_DATE_EPOCH must be whole seconds since 1970, got '" + epoch + "'");
        }
    }
}
