package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Opens the body's approved minutes to every signed-in user ({@code open} true), or keeps them to its readers. */
public record OpenApprovedMinutes(@TargetAggregateIdentifier BodyId bodyId,
                                  @NotNull(message = "Angiv, om organets godkendte referater er åbne for alle.")
                                  Boolean open) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public OpenApprovedMinutes {
        Limits.check(OpenApprovedMinutes.class, bodyId, open);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
