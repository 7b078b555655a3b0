package dk.protokol.events.meeting;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** A body that was to hold the meeting jointly no longer does (said before the meeting opened). */
@Revision("1")
public record JointBodyWithdrawn(MeetingId meetingId, BodyId bodyId) implements MeetingEvent {
}
