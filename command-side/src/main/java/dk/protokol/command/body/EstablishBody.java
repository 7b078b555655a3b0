package dk.protokol.command.body;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record EstablishBody(@TargetAggregateIdentifier BodyId bodyId, String name, BodyKind kind, String organisation,
                            BodyId parentId, String mandate, Integer meetingsPerYear, Integer quorum,
                            LocalDate establishedOn) {
}
