package dk.protokol.command.body;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record EndMembership(@TargetAggregateIdentifier BodyId bodyId, PersonId personId, LocalDate to,
                            String reason) {
}
