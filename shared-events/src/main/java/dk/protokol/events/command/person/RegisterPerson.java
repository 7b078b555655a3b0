package dk.protokol.events.command.person;

import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record RegisterPerson(@TargetAggregateIdentifier PersonId personId, String name, String email, String phone,
                             String organisation) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public RegisterPerson {
        Objects.requireNonNull(personId, "personId");
    }
}
