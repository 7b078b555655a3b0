package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record RenameBody(@TargetAggregateIdentifier BodyId bodyId,
                         @NotBlank(message = "Navnet skal udfyldes.")
                         @Size(max = 200, message = "Navnet må højst være 200 tegn.")
                         String name,
                         @NotNull(message = "Angiv fra hvilken dag organet hedder sådan.")
                         LocalDate on) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public RenameBody {
        Limits.check(RenameBody.class, bodyId, name, on);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
