package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** The meeting ended. */
@Revision("1")
public record MeetingClosed(MeetingId meetingId) implements MeetingEvent {
}
