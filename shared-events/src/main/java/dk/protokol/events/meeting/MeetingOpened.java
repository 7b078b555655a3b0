package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** The meeting started. */
@Revision("1")
public record MeetingOpened(MeetingId meetingId) implements MeetingEvent {
}
