package dk.protokol.command.body;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record DeclareBodyRelation(@TargetAggregateIdentifier BodyId bodyId, BodyId targetBodyId,
                                  RelationKind relation) {
}
