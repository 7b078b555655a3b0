package dk.protokol.events.command.action;

import dk.protokol.events.ids.ActionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Opens a completed or cancelled action again. */
public record ReopenAction(@TargetAggregateIdentifier ActionId actionId, String reason) {

    public ReopenAction {
        Objects.requireNonNull(actionId, "actionId");
    }
}
