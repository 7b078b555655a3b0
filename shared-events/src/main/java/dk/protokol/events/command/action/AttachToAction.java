package dk.protokol.events.command.action;

import dk.protokol.events.command.Limits;
import dk.protokol.events.command.meeting.AttachmentFile;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AttachmentId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Attaches a file (bilag) to an action's progress, as its owner or those who follow it up report how it goes. The file
 * is checked by content when it is made ({@link AttachmentFile#of}); its bytes travel with the command to the handler,
 * which stores them with the event, never in it.
 */
public record AttachToAction(@TargetAggregateIdentifier ActionId actionId,
                             AttachmentId attachmentId,
                             @NotNull(message = "Vælg en fil.")
                             AttachmentFile file) {

    public AttachToAction {
        Limits.check(AttachToAction.class, actionId, attachmentId, file);
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(attachmentId, "attachmentId");
    }
}
