package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** An item was taken off the agenda; it stays visible as withdrawn. */
@Revision("1")
public record AgendaItemWithdrawn(MeetingId meetingId, AgendaItemId itemId, String reason) implements MeetingEvent {
}
