package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record DissolveBody(@TargetAggregateIdentifier BodyId bodyId,
                           @NotNull(message = "Angiv hvornår organet nedlægges.")
                           LocalDate on,
                           @NotBlank(message = "Angiv hvorfor organet nedlægges.")
                           @Size(max = 1000, message = "Begrundelsen må højst være 1000 tegn.")
                           String reason) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public DissolveBody {
        Limits.check(DissolveBody.class, bodyId, on, reason);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
