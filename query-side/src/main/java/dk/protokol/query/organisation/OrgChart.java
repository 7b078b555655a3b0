package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** {@code GET /api/org-chart}: per partnership the tree of bodies that existed on {@code on}. */
public record OrgChart(LocalDate on, Instant asOf, List<Organisation> organisations) {

    /** One partnership; {@code bodies} are its top-level bodies (no parent, or none that existed that day). */
    public record Organisation(String organisation, List<Node> bodies) {
    }

    public record Node(BodyId id, String name, BodyKind kind, PersonRef chair, List<Member> members,
                       List<RelationLink> relations, List<Node> children) {
    }

    public record Member(PersonId personId, String name, MemberRole role, String representing) {
    }
}
