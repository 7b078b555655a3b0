package dk.protokol.events.command.person;

import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Replaces a person's details as a whole (fields left null are cleared, except name which is required). */
public record ChangePersonDetails(@TargetAggregateIdentifier PersonId personId, String name, String email,
                                  String phone, String organisation) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public ChangePersonDetails {
        Objects.requireNonNull(personId, "personId");
    }
}
