package dk.protokol.events.command.action;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.ActionId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** Moves the action's due date (frist), for a reason. */
public record ChangeActionDueDate(@TargetAggregateIdentifier ActionId actionId,
                                  @NotNull(message = "Angiv den nye frist.")
                                  LocalDate dueDate,
                                  @NotBlank(message = "Angiv en begrundelse for den nye frist.")
                                  @Size(max = 2000, message = "Begrundelsen må højst være 2.000 tegn.")
                                  String reason) {

    public ChangeActionDueDate {
        Limits.check(ChangeActionDueDate.class, actionId, dueDate, reason);
        Objects.requireNonNull(actionId, "actionId");
    }
}
