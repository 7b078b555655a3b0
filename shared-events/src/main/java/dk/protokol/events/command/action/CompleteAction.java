package dk.protokol.events.command.action;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.ActionId;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** Reports the action done on {@code completedOn} (business date). {@code note} may be null. */
public record CompleteAction(@TargetAggregateIdentifier ActionId actionId,
                             LocalDate completedOn,
                             @Size(max = 4000, message = "Bemærkningen må højst være 4.000 tegn.")
                             String note) {

    public CompleteAction {
        Limits.check(CompleteAction.class, actionId, completedOn, note);
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(completedOn, "completedOn");
    }
}
