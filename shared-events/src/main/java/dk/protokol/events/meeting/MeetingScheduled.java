package dk.protokol.events.meeting;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

import java.time.LocalDateTime;

/**
 * A meeting of a body was scheduled. Times are local Danish time (Europe/Copenhagen). Revision 2 added
 * {@code kind}; stored events of revision 1 are read as ordinary meetings ({@link MeetingScheduledUpcaster}).
 */
@Revision("2")
public record MeetingScheduled(MeetingId meetingId, BodyId bodyId, LocalDateTime start, LocalDateTime expectedEnd,
                               String location, MeetingKind kind) implements MeetingEvent {

    /** An ordinary meeting. */
    public MeetingScheduled(MeetingId meetingId, BodyId bodyId, LocalDateTime start, LocalDateTime expectedEnd,
                            String location) {
        this(meetingId, bodyId, start, expectedEnd, location, MeetingKind.ORDINARY);
    }
}
