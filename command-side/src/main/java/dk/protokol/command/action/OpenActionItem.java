package dk.protokol.command.action;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Starts the own life of an action agreed in a meeting, under the id it was agreed with. Not sent by people:
 * {@link ActionItemOpener} sends it for every {@code ActionAgreed}, in the same transaction. {@code decisionId}
 * may be null.
 */
public record OpenActionItem(@TargetAggregateIdentifier ActionId actionId, BodyId bodyId, MeetingId meetingId,
                             AgendaItemId itemId, DecisionId decisionId, String description, PersonId ownerId,
                             LocalDate dueDate) {

    public OpenActionItem {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
