package dk.protokol.command.body;

import dk.protokol.events.ids.BodyId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record DissolveBody(@TargetAggregateIdentifier BodyId bodyId, LocalDate on, String reason) {
}
