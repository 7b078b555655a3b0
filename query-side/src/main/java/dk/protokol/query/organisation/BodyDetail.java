package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/bodies/{id}}: one body with its name, mandate, cadence, quorum, members and their roles and
 * relations on the date {@code on}. A body that did not exist that day is still answered ({@code existsOn} false,
 * no members). {@code successor} carries on its work from {@code successorFrom} (null: none named).
 */
public record BodyDetail(BodyId id, String name, BodyKind kind, String organisation,
                         BodyId parentId, String parentName, String mandate, Integer meetingsPerYear,
                         Integer quorum, LocalDate establishedOn, LocalDate dissolvedOn,
                         LocalDate on, boolean existsOn, PersonRef chair, List<Member> members,
                         List<RelationLink> relations, BodyRef successor, LocalDate successorFrom) {

    public BodyDetail(BodyId id, String name, BodyKind kind, String organisation,
                      BodyId parentId, String parentName, String mandate, Integer meetingsPerYear,
                      Integer quorum, LocalDate establishedOn, LocalDate dissolvedOn,
                      LocalDate on, boolean existsOn, PersonRef chair, List<Member> members,
                      List<RelationLink> relations) {
        this(id, name, kind, organisation, parentId, parentName, mandate, meetingsPerYear, quorum, establishedOn,
                dissolvedOn, on, existsOn, chair, members, relations, null, null);
    }

    /** A member that day: the role held ({@code roleFrom}) within the membership ({@code from}..{@code to}). */
    public record Member(PersonId personId, String name, MemberRole role, String representing,
                         LocalDate roleFrom, LocalDate from, LocalDate to) {
    }
}
