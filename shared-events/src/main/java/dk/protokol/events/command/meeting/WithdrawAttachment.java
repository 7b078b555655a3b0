package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Withdraws a bilag of an item; it keeps its number and stays in the history. */
public record WithdrawAttachment(@TargetAggregateIdentifier MeetingId meetingId,
                                 AgendaItemId itemId,
                                 AttachmentId attachmentId,
                                 @NotBlank(message = "Angiv en begrundelse.")
                                 @Size(max = 2000, message = "Begrundelsen må højst være 2.000 tegn.")
                                 String reason) {

    public WithdrawAttachment {
        Limits.check(WithdrawAttachment.class, meetingId, itemId, attachmentId, reason);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(attachmentId, "attachmentId");
    }
}
