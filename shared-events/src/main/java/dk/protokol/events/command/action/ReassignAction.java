package dk.protokol.events.command.action;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Gives the action to another owner (ansvarlig). */
public record ReassignAction(@TargetAggregateIdentifier ActionId actionId, PersonId ownerId) {

    public ReassignAction {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(ownerId, "ownerId");
    }
}
