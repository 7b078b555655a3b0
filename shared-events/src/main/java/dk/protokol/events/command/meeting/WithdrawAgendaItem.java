package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record WithdrawAgendaItem(@TargetAggregateIdentifier MeetingId meetingId,
                                 AgendaItemId itemId,
                                 @NotBlank(message = "Angiv en begrundelse.")
                                 @Size(max = 2000, message = "Begrundelsen må højst være 2.000 tegn.")
                                 String reason) {

    public WithdrawAgendaItem {
        Limits.check(WithdrawAgendaItem.class, meetingId, itemId, reason);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
    }
}
