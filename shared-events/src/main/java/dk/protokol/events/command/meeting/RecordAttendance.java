package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * A person's attendance; it replaces what was recorded for the person before. {@code substituteFor}: the member
 * a substitute stands in for; {@code fromItemId}/{@code toItemId}: partial attendance (both inclusive).
 */
public record RecordAttendance(@TargetAggregateIdentifier MeetingId meetingId, PersonId personId,
                               AttendanceStatus status, PersonId substituteFor, AgendaItemId fromItemId,
                               AgendaItemId toItemId, String note) {

    public RecordAttendance {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(status, "status");
    }
}
