package dk.protokol.events.command.action;

import dk.protokol.events.ids.ActionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** Reports the action done on {@code completedOn} (business date). {@code note} may be null. */
public record CompleteAction(@TargetAggregateIdentifier ActionId actionId, LocalDate completedOn, String note) {

    public CompleteAction {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(completedOn, "completedOn");
    }
}
