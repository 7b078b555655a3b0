package dk.protokol.query.organisation;

import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.events.query.organisation.FindPeople;
import dk.protokol.events.query.organisation.FindPerson;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.NotFound;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Answers the organisation queries from the live views, or with {@code asOf} from a replay of the
 * store; either way through the same {@link OrganisationViews} functions. {@code on} defaults to
 * today in Danish time.
 */
@Component
public class OrganisationQueries {

    /** The processing groups an organisation answer reads; read-your-writes waits for all of them. */
    public static final String[] PROCESSING_GROUPS = {BodyProjection.PROCESSING_GROUP,
            PersonProjection.PROCESSING_GROUP};

    private final BodyProjection bodies;
    private final PersonProjection people;
    private final EventHistory history;
    private final Clock clock;

    public OrganisationQueries(BodyProjection bodies, PersonProjection people, EventHistory history, Clock clock) {
        this.bodies = bodies;
        this.people = people;
        this.history = history;
        this.clock = clock;
    }

    @QueryHandler
    public List<BodySummary> handle(FindBodies query) {
        return OrganisationViews.bodies(snapshot(query.asOf()), query.organisation(), dateOf(query.on()),
                query.includeDissolved());
    }

    @QueryHandler
    public BodyDetail handle(FindBody query) {
        OrganisationSnapshot snapshot = query.asOf() != null ? replay(query.asOf()) : around(query.bodyId());
        return OrganisationViews.body(snapshot, query.bodyId(), dateOf(query.on()))
                .orElseThrow(() -> new NotFound("Organet findes ikke: " + query.bodyId()));
    }

    @QueryHandler
    public OrgChart handle(FindOrgChart query) {
        OrganisationSnapshot snapshot = query.seatedPersonId() != null && query.asOf() == null
                ? seating(query.seatedPersonId()) : snapshot(query.asOf());
        return OrganisationViews.orgChart(snapshot, query.organisation(), dateOf(query.on()), query.asOf());
    }

    /** Everyone registered, with their details (personal data: the administrator's pages ask). */
    @QueryHandler
    public List<PersonView> handle(FindPeople query) {
        return OrganisationViews.people(query.asOf() != null ? replay(query.asOf())
                : new OrganisationSnapshot(Map.of(), byId(people.findAll())));
    }

    /** One person with their details and their seats in bodies on the day. */
    @QueryHandler
    public PersonDetail handle(FindPerson query) {
        OrganisationSnapshot snapshot = query.asOf() != null ? replay(query.asOf())
                : new OrganisationSnapshot(bodies.findAll().stream()
                        .collect(Collectors.toMap(BodyView::id, Function.identity())),
                        byId(people.find(Set.of(query.personId()))));
        return OrganisationViews.person(snapshot, query.personId(), dateOf(query.on()))
                .orElseThrow(() -> new NotFound("Personen findes ikke: " + query.personId()));
    }

    private static Map<PersonId, PersonView> byId(List<PersonView> people) {
        return people.stream().collect(Collectors.toMap(PersonView::id, Function.identity()));
    }

    /**
     * The roles a person holds in a body on a date, from the live view, one row read, no names. Access checks do
     * not use it: who the caller is and their roles come from the published language's {@code Callers} (infra
     * reads the command side's memberships, which are never behind).
     */
    public Set<MemberRole> rolesOf(PersonId person, BodyId body, LocalDate on) {
        return bodies.find(body).stream()
                .flatMap(view -> OnDate.seats(view, on).stream())
                .filter(seat -> seat.personId().equals(person))
                .map(Seat::role)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MemberRole.class)));
    }

    private LocalDate dateOf(LocalDate on) {
        return on != null ? on : LocalDate.now(clock);
    }

    private OrganisationSnapshot snapshot(Instant asOf) {
        return asOf != null ? replay(asOf) : live();
    }

    /** The organisation as known at {@code asOf}, its people read through the personal-data port as today. */
    private OrganisationSnapshot replay(Instant asOf) {
        OrganisationSnapshot folded = OrganisationReplay.asOf(history, asOf);
        Map<PersonId, PersonView> revealed = new HashMap<>();
        folded.people().forEach((id, view) -> revealed.put(id, people.reveal(view)));
        return new OrganisationSnapshot(folded.bodies(), revealed);
    }

    private OrganisationSnapshot live() {
        return live(bodies.findAll());
    }

    /**
     * The live snapshot of the bodies in which {@code person} has held a seat and of the bodies those are related to
     * (so that a relation's target is named as in the whole chart), with the people seated in them: what the pages
     * know of their viewer, read without the rest of the organisation.
     */
    private OrganisationSnapshot seating(PersonId person) {
        List<BodyView> seating = bodies.seating(person);
        Set<BodyId> known = seating.stream().map(BodyView::id).collect(Collectors.toSet());
        List<BodyId> related = seating.stream().flatMap(body -> body.relations().stream())
                .map(BodyRelation::targetId).filter(target -> !known.contains(target)).distinct().toList();
        List<BodyView> all = new java.util.ArrayList<>(seating);
        all.addAll(bodies.find(related));
        return live(all);
    }

    /**
     * The live snapshot one body's answer needs: the body, the bodies it names (parent, successor, relations' targets)
     * and the people seated in it — not the whole organisation (issue 15: one body of 690 read every body and revealed
     * every seated person).
     */
    private OrganisationSnapshot around(BodyId id) {
        Optional<BodyView> found = bodies.find(id);
        if (found.isEmpty()) {
            return new OrganisationSnapshot(Map.of(), Map.of());
        }
        BodyView body = found.get();
        List<BodyId> named = Stream.concat(Stream.of(body.parentId(), body.successorId()),
                        body.relations().stream().map(BodyRelation::targetId))
                .filter(Objects::nonNull).filter(other -> !other.equals(id)).distinct().toList();
        Map<BodyId, BodyView> all = new HashMap<>();
        all.put(id, body);
        bodies.find(named).forEach(other -> all.put(other.id(), other));
        Set<PersonId> seated = body.memberships().stream().map(Membership::personId).collect(Collectors.toSet());
        return new OrganisationSnapshot(all, byId(people.find(seated)));
    }

    private OrganisationSnapshot live(List<BodyView> all) {
        Set<PersonId> seated = all.stream()
                .flatMap(body -> body.memberships().stream().map(Membership::personId))
                .collect(Collectors.toSet());
        return new OrganisationSnapshot(
                all.stream().collect(Collectors.toMap(BodyView::id, Function.identity())),
                people.find(seated).stream().collect(Collectors.toMap(PersonView::id, Function.identity())));
    }
}
