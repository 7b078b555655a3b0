package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record WithdrawAgendaItem(@TargetAggregateIdentifier MeetingId meetingId, AgendaItemId itemId,
                                 String reason) {

    public WithdrawAgendaItem {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
    }
}
