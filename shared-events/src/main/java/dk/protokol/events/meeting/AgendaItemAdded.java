package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/** An item was put on the agenda, last in order. {@code standing} marks the standing item "Godkendelse af dagsorden og referat" every meeting starts with. {@code description} and {@code presenterId} may be null. */
@Revision("1")
public record AgendaItemAdded(MeetingId meetingId, AgendaItemId itemId, String title, AgendaItemKind kind, String description, PersonId presenterId, boolean standing) implements MeetingEvent {
}
