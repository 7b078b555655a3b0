package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;

import java.util.Comparator;
import java.util.Objects;

/** The body stands in {@code relation} to {@code targetId} (FKU PREPARES_FOR BPS). */
public record BodyRelation(RelationKind relation, BodyId targetId) {

    static final Comparator<BodyRelation> ORDER = Comparator
            .comparing(BodyRelation::relation)
            .thenComparing(r -> r.targetId().toString());

    public BodyRelation {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(targetId, "targetId");
    }
}
