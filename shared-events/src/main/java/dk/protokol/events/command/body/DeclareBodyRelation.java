package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record DeclareBodyRelation(@TargetAggregateIdentifier BodyId bodyId,
                                  @NotNull(message = "Vælg det organ, relationen går til.")
                                  BodyId targetBodyId,
                                  @NotNull(message = "Vælg relationens art.")
                                  RelationKind relation) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public DeclareBodyRelation {
        Limits.check(DeclareBodyRelation.class, bodyId, targetBodyId, relation);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
