package dk.protokol.command.person;

import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RegisterPerson(@TargetAggregateIdentifier PersonId personId, String name, String email, String phone,
                             String organisation) {
}
