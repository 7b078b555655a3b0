package dk.protokol.events.meeting;

import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/** A member's recorded remark on a decision (protokolbemærkning). */
@Revision("1")
public record RemarkRecorded(MeetingId meetingId, DecisionId decisionId, PersonId personId, String text) implements MeetingEvent {
}
