package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record NameSuccessorBody(@TargetAggregateIdentifier BodyId bodyId,
                                @NotNull(message = "Vælg det organ, der viderefører arbejdet.")
                                BodyId successorId,
                                @NotNull(message = "Angiv fra hvilken dag efterfølgeren viderefører arbejdet.")
                                LocalDate on) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public NameSuccessorBody {
        Limits.check(NameSuccessorBody.class, bodyId, successorId, on);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
