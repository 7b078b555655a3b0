package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/** A person's attendance. The latest record for a person replaces earlier ones. {@code substituteFor}: the member a substitute stands in for; {@code fromItemId}/{@code toItemId}: partial attendance (both inclusive; null = from the start / to the end). Nullable: substituteFor, fromItemId, toItemId, note. */
@Revision("1")
public record AttendanceRecorded(MeetingId meetingId, PersonId personId, AttendanceStatus status, PersonId substituteFor, AgendaItemId fromItemId, AgendaItemId toItemId, String note) implements MeetingEvent {
}
