package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;

import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The three organisation answers, as pure functions of a snapshot and a date. Names sort the Danish
 * way (æ, ø, å last), ties broken by id, so an answer never depends on map or row order.
 */
public final class OrganisationViews {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    private OrganisationViews() {
    }

    /**
     * The bodies of an organisation (all when null) that existed on {@code on}; with
     * {@code includeDissolved} also those dissolved by then. Bodies not yet established are never listed.
     */
    public static List<BodySummary> bodies(OrganisationSnapshot snapshot, String organisation, LocalDate on,
                                           boolean includeDissolved) {
        return snapshot.bodies().values().stream()
                .filter(body -> organisation == null || organisation.equals(body.organisation()))
                .filter(body -> OnDate.exists(body, on) || includeDissolved && dissolvedBy(body, on))
                .sorted(byName((BodyView body) -> OnDate.name(body, on), BodyView::id))
                .map(body -> new BodySummary(body.id(), OnDate.name(body, on), body.kind(), body.organisation(),
                        body.parentId(), body.establishedOn(), body.dissolvedOn(), chair(snapshot, body, on)))
                .toList();
    }

    public static Optional<BodyDetail> body(OrganisationSnapshot snapshot, BodyId id, LocalDate on) {
        BodyView body = snapshot.bodies().get(id);
        if (body == null) {
            return Optional.empty();
        }
        List<BodyDetail.Member> members = OnDate.seats(body, on).stream()
                .sorted(Comparator.comparing(Seat::role).thenComparing(byName(
                        (Seat seat) -> snapshot.nameOf(seat.personId()), Seat::personId)))
                .map(seat -> new BodyDetail.Member(seat.personId(), snapshot.nameOf(seat.personId()), seat.role(),
                        seat.representing(), seat.roleFrom(), seat.memberFrom(), seat.memberTo()))
                .toList();
        BodyView parent = body.parentId() == null ? null : snapshot.bodies().get(body.parentId());
        BodyView successor = body.successorId() == null ? null : snapshot.bodies().get(body.successorId());
        return Optional.of(new BodyDetail(body.id(), OnDate.name(body, on), body.kind(), body.organisation(),
                body.parentId(), parent == null ? null : OnDate.name(parent, on), OnDate.mandate(body, on),
                OnDate.meetingsPerYear(body, on), OnDate.quorum(body, on), body.establishedOn(), body.dissolvedOn(),
                on, OnDate.exists(body, on), chair(snapshot, body, on), members, relations(snapshot, body, on),
                body.successorId() == null ? null : new BodyRef(body.successorId(),
                        successor == null ? null : OnDate.name(successor, on)),
                body.successorFrom()));
    }

    /** Everyone in the snapshot's people, in Danish order of their names (ties by id). */
    public static List<PersonView> people(OrganisationSnapshot snapshot) {
        return snapshot.people().values().stream()
                .sorted(byName(PersonView::name, PersonView::id))
                .toList();
    }

    /**
     * One person with the seats they held on {@code on} in the bodies that existed that day, in Danish order of the
     * bodies' names that day; empty for a person the snapshot does not know.
     */
    public static Optional<PersonDetail> person(OrganisationSnapshot snapshot, PersonId id, LocalDate on) {
        PersonView person = snapshot.people().get(id);
        if (person == null) {
            return Optional.empty();
        }
        List<PersonDetail.BodySeat> seats = snapshot.bodies().values().stream()
                .filter(body -> OnDate.exists(body, on))
                .sorted(byName((BodyView body) -> OnDate.name(body, on), BodyView::id))
                .flatMap(body -> OnDate.seats(body, on).stream()
                        .filter(seat -> seat.personId().equals(id))
                        .map(seat -> new PersonDetail.BodySeat(body.id(), OnDate.name(body, on), seat.role(),
                                seat.representing(), seat.roleFrom(), seat.memberFrom(), seat.memberTo())))
                .toList();
        return Optional.of(new PersonDetail(person.id(), person.name(), person.email(), person.phone(),
                person.organisation(), on, seats, person.erased(), person.office(), person.language()));
    }

    /**
     * Per organisation (all when null) the tree of bodies that existed on {@code on}: children under
     * their parent; a body whose parent did not exist that day stands at the top.
     */
    public static OrgChart orgChart(OrganisationSnapshot snapshot, String organisation, LocalDate on,
                                    Instant asOf) {
        Comparator<BodyView> order = byName((BodyView body) -> OnDate.name(body, on), BodyView::id);
        Map<String, List<BodyView>> byOrganisation = snapshot.bodies().values().stream()
                .filter(body -> organisation == null || organisation.equals(body.organisation()))
                .filter(body -> OnDate.exists(body, on))
                .sorted(Comparator.comparing((BodyView body) -> Objects.requireNonNullElse(body.organisation(), ""),
                        collator()).thenComparing(order))
                .collect(Collectors.groupingBy(body -> Objects.requireNonNullElse(body.organisation(), ""),
                        LinkedHashMap::new, Collectors.toList()));
        List<OrgChart.Organisation> organisations = byOrganisation.entrySet().stream()
                .map(entry -> new OrgChart.Organisation(entry.getKey(), tree(snapshot, entry.getValue(), on)))
                .toList();
        return new OrgChart(on, asOf, organisations);
    }

    /** {@code bodies} are sorted; every list derived from them keeps that order. */
    private static List<OrgChart.Node> tree(OrganisationSnapshot snapshot, List<BodyView> bodies, LocalDate on) {
        Set<BodyId> present = bodies.stream().map(BodyView::id).collect(Collectors.toSet());
        Map<BodyId, List<BodyView>> children = new LinkedHashMap<>();
        List<BodyView> roots = new ArrayList<>();
        for (BodyView body : bodies) {
            if (body.parentId() != null && present.contains(body.parentId())) {
                children.computeIfAbsent(body.parentId(), parent -> new ArrayList<>()).add(body);
            } else {
                roots.add(body);
            }
        }
        Set<BodyId> placed = new HashSet<>();
        return roots.stream().map(root -> node(snapshot, root, children, on, placed)).toList();
    }

    private static OrgChart.Node node(OrganisationSnapshot snapshot, BodyView body,
                                      Map<BodyId, List<BodyView>> children, LocalDate on, Set<BodyId> placed) {
        placed.add(body.id());
        List<OrgChart.Member> members = OnDate.seats(body, on).stream()
                .sorted(Comparator.comparing(Seat::role).thenComparing(byName(
                        (Seat seat) -> snapshot.nameOf(seat.personId()), Seat::personId)))
                .map(seat -> new OrgChart.Member(seat.personId(), snapshot.nameOf(seat.personId()), seat.role(),
                        seat.representing()))
                .toList();
        // a parent chain can only point backwards in time, but a guard costs nothing against a loop
        List<OrgChart.Node> below = children.getOrDefault(body.id(), List.of()).stream()
                .filter(child -> !placed.contains(child.id()))
                .map(child -> node(snapshot, child, children, on, placed))
                .toList();
        return new OrgChart.Node(body.id(), OnDate.name(body, on), body.kind(), chair(snapshot, body, on), members,
                relations(snapshot, body, on), below);
    }

    /**
     * The relations that held that day, with the target's name of that day; relations to bodies that did not
     * exist that day are left out, like the bodies themselves.
     */
    private static List<RelationLink> relations(OrganisationSnapshot snapshot, BodyView body, LocalDate on) {
        return OnDate.relations(body, on).stream()
                .map(relation -> Optional.ofNullable(snapshot.bodies().get(relation.targetId()))
                        .filter(target -> OnDate.exists(target, on))
                        .map(target -> new RelationLink(relation.relation(), target.id(), OnDate.name(target, on))))
                .flatMap(Optional::stream)
                .toList();
    }

    private static PersonRef chair(OrganisationSnapshot snapshot, BodyView body, LocalDate on) {
        return OnDate.chair(body, on)
                .map(seat -> new PersonRef(seat.personId(), snapshot.nameOf(seat.personId())))
                .orElse(null);
    }

    private static boolean dissolvedBy(BodyView body, LocalDate on) {
        return body.dissolvedOn() != null && !on.isBefore(body.dissolvedOn());
    }

    /** Danish order of names (absent names last), then the id for a total, stable order. */
    private static <T> Comparator<T> byName(Function<T, String> name, Function<T, ?> id) {
        return Comparator.comparing(name, Comparator.nullsLast(collator()))
                .thenComparing(item -> id.apply(item).toString());
    }

    private static Comparator<Object> collator() {
        // Collator instances are not thread-safe; a fresh one per answer is cheap
        return Collator.getInstance(DANISH);
    }
}
