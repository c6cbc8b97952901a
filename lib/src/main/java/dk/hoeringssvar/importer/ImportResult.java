package dk.hoeringssvar.importer;

import dk.hoeringssvar.model.HearingStatement;
import java.util.Objects;

/** An imported statement and the report of how it was read. */
public record ImportResult(HearingStatement statement, ImportReport report) {
    public ImportResult {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(report, "report");
    }
}
