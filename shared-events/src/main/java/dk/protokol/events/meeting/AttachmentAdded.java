package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/**
 * A file (bilag) was attached to an agenda item, and under one of its decisions when {@code decisionId} is given.
 * The event names the file, never holds it: its bytes are stored once by their SHA-256 ({@code sha256}, lower-case
 * hex) in the same transaction as this event. {@code contentType} is the type found in the content, not the one the
 * uploader claimed; {@code visibleToPublic} says whether the bilag may be shown on the body's public page.
 */
@Revision("1")
public record AttachmentAdded(MeetingId meetingId, AgendaItemId itemId, AttachmentId attachmentId,
                              DecisionId decisionId, String fileName, String contentType, long size, String sha256,
                              boolean visibleToPublic) implements MeetingEvent {
}
