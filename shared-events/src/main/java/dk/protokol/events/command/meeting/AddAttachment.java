package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Attaches a file (bilag) to an agenda item, under one of its decisions when {@code decisionId} is given. The file is
 * checked by content when it is made ({@link AttachmentFile#of}); its bytes travel with the command to the handler,
 * which stores them with the event, never in it. {@code visibleToPublic}: the bilag may be shown on the body's
 * public page.
 */
public record AddAttachment(@TargetAggregateIdentifier MeetingId meetingId,
                            AgendaItemId itemId,
                            AttachmentId attachmentId,
                            DecisionId decisionId,
                            @NotNull(message = "Vælg en fil.")
                            AttachmentFile file,
                            boolean visibleToPublic) {

    public AddAttachment {
        Limits.check(AddAttachment.class, meetingId, itemId, attachmentId, decisionId, file, visibleToPublic);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(attachmentId, "attachmentId");
    }
}
