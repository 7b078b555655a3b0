package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** {@code meetingsPerYear} null: the body meets as needed from {@code on}. */
public record ChangeBodyCadence(@TargetAggregateIdentifier BodyId bodyId,
                                @Positive(message = "Antal møder om året skal være mindst 1.")
                                @Max(value = 366, message = "Antal møder om året kan højst være 366.")
                                Integer meetingsPerYear,
                                @NotNull(message = "Angiv fra hvilken dag mødehyppigheden gælder.")
                                LocalDate on) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public ChangeBodyCadence {
        Limits.check(ChangeBodyCadence.class, bodyId, meetingsPerYear, on);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
