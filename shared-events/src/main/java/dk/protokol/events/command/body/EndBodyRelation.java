package dk.protokol.events.command.body;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/** {@code on} is the first day the relation no longer holds. */
public record EndBodyRelation(@TargetAggregateIdentifier BodyId bodyId,
                              @NotNull(message = "Vælg det organ, relationen går til.")
                              BodyId targetBodyId,
                              @NotNull(message = "Vælg relationens art.")
                              RelationKind relation,
                              @NotNull(message = "Angiv fra hvilken dag relationen ophører.")
                              LocalDate on) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public EndBodyRelation {
        Limits.check(EndBodyRelation.class, bodyId, targetBodyId, relation, on);
        Objects.requireNonNull(bodyId, "bodyId");
    }
}
