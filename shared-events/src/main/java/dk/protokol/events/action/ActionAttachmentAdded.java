package dk.protokol.events.action;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AttachmentId;
import org.axonframework.serialization.Revision;

/**
 * A file (bilag) was attached to the action's progress (issue 14). As with a bilag on an agenda item, the event names
 * the file and never holds it: its bytes are stored once by their SHA-256 in the same transaction.
 */
@Revision("1")
public record ActionAttachmentAdded(ActionId actionId, AttachmentId attachmentId, String fileName, String contentType,
                                    long size, String sha256) implements ActionItemEvent {
}
