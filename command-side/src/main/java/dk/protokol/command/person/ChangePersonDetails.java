package dk.protokol.command.person;

import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a person's details as a whole (fields left null are cleared, except name which is required). */
public record ChangePersonDetails(@TargetAggregateIdentifier PersonId personId, String name, String email,
                                  String phone, String organisation) {
}
