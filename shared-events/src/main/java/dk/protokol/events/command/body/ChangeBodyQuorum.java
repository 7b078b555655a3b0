package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** {@code quorum} null: the body has no quorum from {@code on}. */
public record ChangeBodyQuorum(@TargetAggregateIdentifier BodyId bodyId,
                               @Positive(message = "Beslutningsdygtighed skal være mindst 1.")
                               @Max(value = 1000, message = "Beslutningsdygtighed kan højst være 1000.")
                               Integer quorum,
                               @NotNull(message = "Angiv fra hvilken dag beslutningsdygtigheden gælder.")
                               LocalDate on) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public ChangeBodyQuorum {
        Limits.check(ChangeBodyQuorum.class, bodyId, quorum, on);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
