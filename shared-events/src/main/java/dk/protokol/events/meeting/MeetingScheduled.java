package dk.protokol.events.meeting;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

import java.time.LocalDateTime;

/** A meeting of a body was scheduled. Times are local Danish time (Europe/Copenhagen). */
@Revision("1")
public record MeetingScheduled(MeetingId meetingId, BodyId bodyId, LocalDateTime start, LocalDateTime expectedEnd, String location) implements MeetingEvent {
}
