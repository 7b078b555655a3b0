package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

import java.util.List;

/** The agenda's new order: every item that is not withdrawn, first to last. */
@Revision("1")
public record AgendaReordered(MeetingId meetingId, List<AgendaItemId> itemIds) implements MeetingEvent {
}
