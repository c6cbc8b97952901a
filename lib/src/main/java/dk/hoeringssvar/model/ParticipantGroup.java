package dk.hoeringssvar.model;

import java.util.List;

/** The participants of one side of a meeting, "Ledelsessiden" or "Medarbejdersiden". */
public record ParticipantGroup(String side, List<String> names) {
    public ParticipantGroup {
        side = Checks.required(side, "ParticipantGroup.side");
        names = Checks.lines(names, "ParticipantGroup.names");
    }
}
