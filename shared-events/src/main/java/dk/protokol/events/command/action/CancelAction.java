package dk.protokol.events.command.action;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.ActionId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The action is no longer expected to be done. */
public record CancelAction(@TargetAggregateIdentifier ActionId actionId,
                           @NotBlank(message = "Angiv en begrundelse.")
                           @Size(max = 2000, message = "Begrundelsen må højst være 2.000 tegn.")
                           String reason) {

    public CancelAction {
        Limits.check(CancelAction.class, actionId, reason);
        Objects.requireNonNull(actionId, "actionId");
    }
}
