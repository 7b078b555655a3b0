package dk.protokol.events.command.body;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record DeclareBodyRelation(@TargetAggregateIdentifier BodyId bodyId, BodyId targetBodyId,
                                  RelationKind relation) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public DeclareBodyRelation {
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(targetBodyId, "targetBodyId");
        Objects.requireNonNull(relation, "relation");
    }
}
