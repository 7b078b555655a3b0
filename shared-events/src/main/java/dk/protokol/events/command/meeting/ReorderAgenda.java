package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Objects;

/** The agenda's new order: every item that is not withdrawn, first to last. */
public record ReorderAgenda(@TargetAggregateIdentifier MeetingId meetingId, List<AgendaItemId> itemIds) {

    public ReorderAgenda {
        Objects.requireNonNull(meetingId, "meetingId");
        itemIds = List.copyOf(itemIds);
    }
}
