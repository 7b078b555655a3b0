package dk.protokol.events.command.action;

import dk.protokol.events.ids.ActionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The action is no longer expected to be done. */
public record CancelAction(@TargetAggregateIdentifier ActionId actionId, String reason) {

    public CancelAction {
        Objects.requireNonNull(actionId, "actionId");
    }
}
