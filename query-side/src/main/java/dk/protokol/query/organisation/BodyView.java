package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyKind;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the read side knows about one body across business time: its whole membership history, the
 * dated histories of its name, mandate, cadence and quorum (each from its establishment), its relations with
 * their ends and its successor, so that any date can be answered from it ({@link OnDate}). {@code name},
 * {@code mandate}, {@code meetingsPerYear} and {@code quorum} are the latest of their histories. Built only by
 * {@link BodyFold}; lists are kept in a fixed order so that the same events always give the same JSON.
 */
public record BodyView(BodyId id, String name, BodyKind kind, String organisation, BodyId parentId,
                       String mandate, Integer meetingsPerYear, Integer quorum,
                       LocalDate establishedOn, LocalDate dissolvedOn,
                       List<BodyRelation> relations, List<Membership> memberships,
                       List<DatedValue<String>> names, List<DatedValue<String>> mandates,
                       List<DatedValue<Integer>> cadences, List<DatedValue<Integer>> quorums,
                       BodyId successorId, LocalDate successorFrom) {

    public BodyView {
        Objects.requireNonNull(id, "id");
        relations = relations == null ? List.of() : List.copyOf(relations);
        memberships = memberships == null ? List.of() : List.copyOf(memberships);
        names = names == null ? List.of() : List.copyOf(names);
        mandates = mandates == null ? List.of() : List.copyOf(mandates);
        cadences = cadences == null ? List.of() : List.copyOf(cadences);
        quorums = quorums == null ? List.of() : List.copyOf(quorums);
    }

    /** A body whose values have no dated history (as views were stored before they had). */
    public BodyView(BodyId id, String name, BodyKind kind, String organisation, BodyId parentId,
                    String mandate, Integer meetingsPerYear, Integer quorum,
                    LocalDate establishedOn, LocalDate dissolvedOn,
                    List<BodyRelation> relations, List<Membership> memberships) {
        this(id, name, kind, organisation, parentId, mandate, meetingsPerYear, quorum, establishedOn, dissolvedOn,
                relations, memberships, List.of(), List.of(), List.of(), List.of(), null, null);
    }

    BodyView withRelations(List<BodyRelation> relations) {
        return new BodyView(id, name, kind, organisation, parentId, mandate, meetingsPerYear, quorum,
                establishedOn, dissolvedOn, relations, memberships, names, mandates, cadences, quorums,
                successorId, successorFrom);
    }

    BodyView withMemberships(List<Membership> memberships) {
        return new BodyView(id, name, kind, organisation, parentId, mandate, meetingsPerYear, quorum,
                establishedOn, dissolvedOn, relations, memberships, names, mandates, cadences, quorums,
                successorId, successorFrom);
    }

    BodyView withDissolvedOn(LocalDate dissolvedOn) {
        return new BodyView(id, name, kind, organisation, parentId, mandate, meetingsPerYear, quorum,
                establishedOn, dissolvedOn, relations, memberships, names, mandates, cadences, quorums,
                successorId, successorFrom);
    }

    BodyView withNames(List<DatedValue<String>> names) {
        return new BodyView(id, names.get(names.size() - 1).value(), kind, organisation, parentId, mandate,
                meetingsPerYear, quorum, establishedOn, dissolvedOn, relations, memberships, names, mandates,
                cadences, quorums, successorId, successorFrom);
    }

    BodyView withMandates(List<DatedValue<String>> mandates) {
        return new BodyView(id, name, kind, organisation, parentId, mandates.get(mandates.size() - 1).value(),
                meetingsPerYear, quorum, establishedOn, dissolvedOn, relations, memberships, names, mandates,
                cadences, quorums, successorId, successorFrom);
    }

    BodyView withCadences(List<DatedValue<Integer>> cadences) {
        return new BodyView(id, name, kind, organisation, parentId, mandate,
                cadences.get(cadences.size() - 1).value(), quorum, establishedOn, dissolvedOn, relations,
                memberships, names, mandates, cadences, quorums, successorId, successorFrom);
    }

    BodyView withQuorums(List<DatedValue<Integer>> quorums) {
        return new BodyView(id, name, kind, organisation, parentId, mandate, meetingsPerYear,
                quorums.get(quorums.size() - 1).value(), establishedOn, dissolvedOn, relations, memberships, names,
                mandates, cadences, quorums, successorId, successorFrom);
    }

    BodyView withSuccessor(BodyId successorId, LocalDate successorFrom) {
        return new BodyView(id, name, kind, organisation, parentId, mandate, meetingsPerYear, quorum,
                establishedOn, dissolvedOn, relations, memberships, names, mandates, cadences, quorums,
                successorId, successorFrom);
    }
}
