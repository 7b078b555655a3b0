package dk.protokol.events.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

import java.time.LocalDateTime;

/** The meeting was moved; the event carries the complete new time and place. */
@Revision("1")
public record MeetingRescheduled(MeetingId meetingId, LocalDateTime start, LocalDateTime expectedEnd, String location) implements MeetingEvent {
}
