package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/**
 * The meeting's minute-taker (referent) was named: someone who records for the body (its secretary, or a person
 * of a body that serves it). Named again, the later one holds.
 */
@Revision("1")
public record MinuteTakerNamed(MeetingId meetingId, PersonId personId) implements MeetingEvent {
}
