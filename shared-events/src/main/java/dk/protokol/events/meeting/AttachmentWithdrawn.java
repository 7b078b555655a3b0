package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** A bilag was withdrawn; it keeps its number and stays in the history (and its file stays readable there). */
@Revision("1")
public record AttachmentWithdrawn(MeetingId meetingId, AgendaItemId itemId, AttachmentId attachmentId, String reason)
        implements MeetingEvent {
}
