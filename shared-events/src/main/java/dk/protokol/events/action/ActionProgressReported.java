package dk.protokol.events.action;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** Progress on the action was reported. {@code meetingId}: the meeting it was reported in (follow-up under the standing item), or null. */
@Revision("1")
public record ActionProgressReported(ActionId actionId, String note, MeetingId meetingId) implements ActionItemEvent {
}
