package dk.protokol.events.command.action;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Gives the action to another owner (ansvarlig). */
public record ReassignAction(@TargetAggregateIdentifier ActionId actionId,
                             @NotNull(message = "Vælg den nye ansvarlige.")
                             PersonId ownerId) {

    public ReassignAction {
        Limits.check(ReassignAction.class, actionId, ownerId);
        Objects.requireNonNull(actionId, "actionId");
    }
}
