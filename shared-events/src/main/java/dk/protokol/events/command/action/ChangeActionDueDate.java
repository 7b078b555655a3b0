package dk.protokol.events.command.action;

import dk.protokol.events.ids.ActionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** Moves the action's due date (frist), for a reason. */
public record ChangeActionDueDate(@TargetAggregateIdentifier ActionId actionId, LocalDate dueDate, String reason) {

    public ChangeActionDueDate {
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(dueDate, "dueDate");
    }
}
