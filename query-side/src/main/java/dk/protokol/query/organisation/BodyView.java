package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the read side knows about one body across business time: its whole membership history,
 * so that any date can be answered from it ({@link OnDate}). Built only by {@link BodyFold}; lists are
 * kept in a fixed order so that the same events always give the same JSON.
 */
public record BodyView(BodyId id, String name, BodyKind kind, String organisation, BodyId parentId,
                       String mandate, Integer meetingsPerYear, Integer quorum,
                       LocalDate establishedOn, LocalDate dissolvedOn,
                       List<BodyRelation> relations, List<Membership> memberships) {

    public BodyView {
        Objects.requireNonNull(id, "id");
        relations = relations == null ? List.of() : List.copyOf(relations);
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
    }

    BodyView withRelations(List<BodyRelation> relations) {
        return new BodyView(id, name, kind, organisation, parentId, mandate, meetingsPerYear, quorum,
                establishedOn, dissolvedOn, relations, memberships);
    }

    BodyView withMemberships(List<Membership> memberships) {
        return new BodyView(id, name, kind, organisation, parentId, mandate, meetingsPerYear, quorum,
                establishedOn, dissolvedOn, relations, memberships);
    }

    BodyView withDissolvedOn(LocalDate dissolvedOn) {
        return new BodyView(id, name, kind, organisation, parentId, mandate, meetingsPerYear, quorum,
                establishedOn, dissolvedOn, relations, memberships);
    }
}
