package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * {@code from} is the first day the relation holds; null: from the body's establishment. A relation that ended is
 * declared again from its end or a later day.
 */
public record DeclareBodyRelation(@TargetAggregateIdentifier BodyId bodyId,
                                  @NotNull(message = "Vælg det organ, relationen går til.")
                                  BodyId targetBodyId,
                                  @NotNull(message = "Vælg relationens art.")
                                  RelationKind relation,
                                  LocalDate from) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public DeclareBodyRelation {
        Limits.check(DeclareBodyRelation.class, bodyId, targetBodyId, relation, from);
        Objects.requireNonNull(bodyId, "bodyId");
    }

    /** A relation from the body's establishment. */
    public DeclareBodyRelation(BodyId bodyId, BodyId targetBodyId, RelationKind relation) {
        this(bodyId, targetBodyId, relation, null);
    }
}
