package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/**
 * The meeting's chair for the day (mødeleder) was chosen: a voting member present, who leads the meeting when the
 * body's chair does not, and may then approve its minutes. Chosen again, the later choice holds.
 */
@Revision("1")
public record ChairOfTheDayChosen(MeetingId meetingId, PersonId personId) implements MeetingEvent {
}
