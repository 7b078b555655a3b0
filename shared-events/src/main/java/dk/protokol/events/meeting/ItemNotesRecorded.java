package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** The minutes text (referat) of an item; the latest text replaces the earlier one, which stays in the history. */
@Revision("1")
public record ItemNotesRecorded(MeetingId meetingId, AgendaItemId itemId, String text) implements MeetingEvent {
}
