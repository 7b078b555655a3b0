package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** The minutes were sent out for comments. */
@Revision("1")
public record MinutesCirculated(MeetingId meetingId) implements MeetingEvent {
}
