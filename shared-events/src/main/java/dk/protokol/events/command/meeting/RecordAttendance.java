package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * A person's attendance; it replaces what was recorded for the person before. {@code substituteFor}: the member
 * a substitute stands in for; {@code fromItemId}/{@code toItemId}: partial attendance (both inclusive).
 */
public record RecordAttendance(@TargetAggregateIdentifier MeetingId meetingId,
                               @NotNull(message = "Vælg personen.")
                               PersonId personId,
                               @NotNull(message = "Vælg om personen deltager, har meldt afbud, er fraværende eller er gæst.")
                               AttendanceStatus status,
                               PersonId substituteFor,
                               AgendaItemId fromItemId,
                               AgendaItemId toItemId,
                               @Size(max = 1000, message = "Bemærkningen må højst være 1.000 tegn.")
                               String note) {

    public RecordAttendance {
        Limits.check(RecordAttendance.class, meetingId, personId, status, substituteFor, fromItemId, toItemId, note);
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
