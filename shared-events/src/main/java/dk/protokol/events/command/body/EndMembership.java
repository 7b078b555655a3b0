package dk.protokol.events.command.body;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

public record EndMembership(@TargetAggregateIdentifier BodyId bodyId, PersonId personId, LocalDate to,
                            String reason) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public EndMembership {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(to, "to");
    }
}
