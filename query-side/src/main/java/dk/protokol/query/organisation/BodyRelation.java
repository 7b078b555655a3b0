package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * The body stands in {@code relation} to {@code targetId} (FKU PREPARES_FOR BPS) until {@code endedOn}, the first
 * day it no longer holds (null: it still holds). A declaration carries no date: it holds from the body's start.
 */
public record BodyRelation(RelationKind relation, BodyId targetId, LocalDate endedOn) {

    static final Comparator<BodyRelation> ORDER = Comparator
            .comparing(BodyRelation::relation)
            .thenComparing(r -> r.targetId().toString())
            .thenComparing(BodyRelation::endedOn, Comparator.nullsLast(Comparator.naturalOrder()));

    public BodyRelation {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(targetId, "targetId");
    }

    public BodyRelation(RelationKind relation, BodyId targetId) {
        this(relation, targetId, null);
    }

    public boolean holdsOn(LocalDate date) {
        return endedOn == null || date.isBefore(endedOn);
    }

    BodyRelation endingOn(LocalDate on) {
        return new BodyRelation(relation, targetId, on);
    }
}
