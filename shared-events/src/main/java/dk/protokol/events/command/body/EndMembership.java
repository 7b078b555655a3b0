package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record EndMembership(@TargetAggregateIdentifier BodyId bodyId,
                            PersonId personId,
                            @NotNull(message = "Angiv medlemskabets sidste dag.")
                            LocalDate to,
                            @Size(max = 1000, message = "Begrundelsen må højst være 1000 tegn.")
                            String reason) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public EndMembership {
        Limits.check(EndMembership.class, bodyId, personId, to, reason);
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(personId, "personId");
    }
}
