package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One period of a relation: the body stands in {@code relation} to {@code targetId} (FKU PREPARES_FOR BPS) from
 * {@code from} (null: from the body's establishment, as every declaration before declarations had a date) until
 * {@code endedOn}, the first day it no longer holds (null: it still holds). A relation that ended and was declared
 * again has a period for each declaration; they do not overlap.
 */
public record BodyRelation(RelationKind relation, BodyId targetId, LocalDate from, LocalDate endedOn) {

    static final Comparator<BodyRelation> ORDER = Comparator
            .comparing(BodyRelation::relation)
            .thenComparing(r -> r.targetId().toString())
            .thenComparing(BodyRelation::from, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(BodyRelation::endedOn, Comparator.nullsLast(Comparator.naturalOrder()));

    public BodyRelation {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(targetId, "targetId");
    }

    /** A relation from the body's establishment until {@code endedOn} (null: it still holds). */
    public BodyRelation(RelationKind relation, BodyId targetId, LocalDate endedOn) {
        this(relation, targetId, null, endedOn);
    }

    public BodyRelation(RelationKind relation, BodyId targetId) {
        this(relation, targetId, null, null);
    }

    public boolean holdsOn(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (endedOn == null || date.isBefore(endedOn));
    }

    /** Whether this period still holds (has not ended) and is of the same relation to the same body. */
    boolean isOpenPeriodOf(RelationKind kind, BodyId target) {
        return endedOn == null && relation == kind && targetId.equals(target);
    }

    BodyRelation endingOn(LocalDate on) {
        return new BodyRelation(relation, targetId, from, on);
    }
}
