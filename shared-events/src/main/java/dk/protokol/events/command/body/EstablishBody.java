package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record EstablishBody(@TargetAggregateIdentifier BodyId bodyId,
                            @NotBlank(message = "Navnet skal udfyldes.")
                            @Size(max = 200, message = "Navnet må højst være 200 tegn.")
                            String name,
                            @NotNull(message = "Vælg hvilken slags organ det er.")
                            BodyKind kind,
                            @NotBlank(message = "Organisationen skal udfyldes.")
                            @Size(max = 200, message = "Organisationen må højst være 200 tegn.")
                            String organisation,
                            BodyId parentId,
                            @Size(max = 10000, message = "Kommissoriet må højst være 10.000 tegn.")
                            String mandate,
                            @Positive(message = "Antal møder om året skal være mindst 1.")
                            @Max(value = 366, message = "Antal møder om året kan højst være 366.")
                            Integer meetingsPerYear,
                            @Positive(message = "Beslutningsdygtighed skal være mindst 1.")
                            @Max(value = 1000, message = "Beslutningsdygtighed kan højst være 1000.")
                            Integer quorum,
                            LocalDate establishedOn) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public EstablishBody {
        Limits.check(EstablishBody.class, bodyId, name, kind, organisation, parentId, mandate, meetingsPerYear,
                quorum, establishedOn);
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(establishedOn, "establishedOn");
    }
}
