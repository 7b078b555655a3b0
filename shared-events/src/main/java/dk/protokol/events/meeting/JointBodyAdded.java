package dk.protokol.events.meeting;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/**
 * Another body holds the meeting together with the body that called it (a fællesmøde: the quarter networks' yearly
 * seminar, a joint workshop). From then on the meeting is in that body's register too, its members attend as
 * members, and the body must be quorate for the meeting's decisions as the calling body must.
 */
@Revision("1")
public record JointBodyAdded(MeetingId meetingId, BodyId bodyId) implements MeetingEvent {
}
