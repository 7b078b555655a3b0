package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** An agenda item was amended; the event carries the complete new title, kind and description. */
@Revision("1")
public record AgendaItemAmended(MeetingId meetingId, AgendaItemId itemId, String title, AgendaItemKind kind, String description) implements MeetingEvent {
}
