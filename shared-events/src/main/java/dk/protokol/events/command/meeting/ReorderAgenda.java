package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Objects;

/** The agenda's new order: every item that is not withdrawn, first to last. */
public record ReorderAgenda(@TargetAggregateIdentifier MeetingId meetingId,
                            @NotEmpty(message = "Angiv punkterne i den nye rækkefølge.")
                            @Size(max = 500, message = "En dagsorden kan højst have 500 punkter.")
                            List<@NotNull(message = "Et punkt mangler sit id.") AgendaItemId> itemIds) {

    public ReorderAgenda {
        Limits.check(ReorderAgenda.class, meetingId, itemIds);
        Objects.requireNonNull(meetingId, "meetingId");
        // a null or missing id stays, for the command's limits to refuse with a message
        itemIds = itemIds == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(itemIds));
    }
}
