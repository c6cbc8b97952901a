package dk.hoeringssvar.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * The meeting at which a statement was adopted, as MED committees record it.
 *
 * @param date         mødedato
 * @param startTime    may be null
 * @param endTime      may be null
 * @param place        sted (may be null)
 * @param participants deltagere, per side
 * @param apologies    afbud
 * @param chair        ordstyrer (may be null)
 * @param minuteTaker  referent (may be null)
 */
public record Meeting(LocalDate date, LocalTime startTime, LocalTime endTime, String place,
                      List<ParticipantGroup> participants, List<String> apologies, String chair,
                      String minuteTaker) {
    public Meeting {
        date = Checks.notNull(date, "Meeting.date");
        place = Checks.optional(place, "Meeting.place");
        participants = Checks.list(participants, "Meeting.participants");
        apologies = Checks.lines(apologies, "Meeting.apologies");
        chair = Checks.optional(chair, "Meeting.chair");
        minuteTaker = Checks.optional(minuteTaker, "Meeting.minuteTaker");
        if (startTime == null && endTime != null) {
            throw new InvalidModelException("Meeting.startTime", "is required when endTime is given");
        }
        if (startTime != null && endTime != null && endTime.isBefore(startTime)) {
            throw new InvalidModelException("Meeting.endTime", "is before startTime");
        }
    }
}
