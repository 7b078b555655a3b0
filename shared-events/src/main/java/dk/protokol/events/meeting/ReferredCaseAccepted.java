package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import org.axonframework.serialization.Revision;

/**
 * A case referred from another body was accepted onto this meeting's agenda as item {@code itemId}
 * (recorded right after its AgendaItemAdded). {@code fromBodyId}, {@code fromMeetingId} and
 * {@code fromItemId} say where the case came from, so a reader can follow it from body to body.
 */
@Revision("1")
public record ReferredCaseAccepted(MeetingId meetingId, AgendaItemId itemId, ReferralId referralId, BodyId fromBodyId,
                                   MeetingId fromMeetingId, AgendaItemId fromItemId) implements MeetingEvent {
}
