package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import org.axonframework.serialization.Revision;

/** The case of an item was referred (henvist) to another body; {@code referralId} names the case across bodies. */
@Revision("1")
public record CaseReferred(MeetingId meetingId, AgendaItemId itemId, ReferralId referralId, BodyId targetBodyId, String note) implements MeetingEvent {
}
