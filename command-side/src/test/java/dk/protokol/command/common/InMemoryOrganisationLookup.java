package dk.protokol.command.common;

import dk.protokol.command.body.KnownBody;
import dk.protokol.command.body.ObjectionPolicy;
import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The lookup as a fixture test arranges it: the rest of the organisation, as other aggregates left it. */
public class InMemoryOrganisationLookup implements OrganisationLookup {

    private static final LocalDate ESTABLISHED = LocalDate.of(2020, 1, 1);

    private final Map<BodyId, KnownBody> bodies = new HashMap<>();
    private final Set<PersonId> people = new HashSet<>();
    private final Set<PersonId> erased = new HashSet<>();
    private final Map<BodyId, Set<BodyId>> reportsTo = new HashMap<>();
    private final Map<BodyId, Set<BodyId>> servedBy = new HashMap<>();
    private final List<RolePeriod> roles = new ArrayList<>();
    /** Each body's quorum by the first day it holds; a null value: no quorum from that day. */
    private final Map<BodyId, TreeMap<LocalDate, Optional<Integer>>> quorums = new HashMap<>();
    private final Map<BodyId, ObjectionPolicy> objectionPolicies = new HashMap<>();

    /** The body's objection period and tacit approval, as an ObjectionPeriodChanged leaves them. */
    public InMemoryOrganisationLookup withObjectionPolicy(BodyId id, int objectionDays, boolean tacitApproval) {
        objectionPolicies.put(id, new ObjectionPolicy(objectionDays, tacitApproval));
        return this;
    }

    @Override
    public ObjectionPolicy objectionPolicy(BodyId body) {
        return objectionPolicies.getOrDefault(body, ObjectionPolicy.DEFAULT);
    }

    /** A body without a quorum (said again of a known body: it has none from now on in the test). */
    public InMemoryOrganisationLookup withBody(BodyId id) {
        bodies.put(id, new KnownBody(id, ESTABLISHED, null));
        quorums.remove(id);
        return this;
    }

    /** A body with that quorum from its establishment. */
    public InMemoryOrganisationLookup withBody(BodyId id, Integer quorum) {
        bodies.put(id, new KnownBody(id, ESTABLISHED, null, quorum));
        quorums.remove(id);
        return withQuorum(id, ESTABLISHED, quorum);
    }

    /**
     * The body's quorum from {@code from} (null: none from then) until a later one's day, as a BodyQuorumChanged
     * leaves it; as in the JDBC lookup, {@link KnownBody#quorum()} becomes the quorum given last.
     */
    public InMemoryOrganisationLookup withQuorum(BodyId id, LocalDate from, Integer quorum) {
        KnownBody known = bodies.get(id);
        if (known != null) {
            bodies.put(id, new KnownBody(id, known.establishedOn(), known.dissolvedOn(), quorum));
        }
        quorums.computeIfAbsent(id, body -> new TreeMap<>()).put(from, Optional.ofNullable(quorum));
        return this;
    }

    @Override
    public Optional<Integer> quorumOn(BodyId body, LocalDate day) {
        TreeMap<LocalDate, Optional<Integer>> history = quorums.get(body);
        if (history == null) {
            return Optional.empty();
        }
        Map.Entry<LocalDate, Optional<Integer>> holding = history.floorEntry(day);
        return holding == null ? Optional.empty() : holding.getValue();
    }

    public InMemoryOrganisationLookup withBodyEstablishedOn(BodyId id, LocalDate establishedOn) {
        bodies.put(id, new KnownBody(id, establishedOn, null));
        return this;
    }

    public InMemoryOrganisationLookup withDissolvedBody(BodyId id, LocalDate on) {
        bodies.put(id, new KnownBody(id, ESTABLISHED, on));
        return this;
    }

    public InMemoryOrganisationLookup withPerson(PersonId id) {
        people.add(id);
        return this;
    }

    /** A registered person who was erased since (PersonErased). */
    public InMemoryOrganisationLookup withErasedPerson(PersonId id) {
        people.add(id);
        erased.add(id);
        return this;
    }

    @Override
    public boolean personErased(PersonId id) {
        return erased.contains(id);
    }

    public InMemoryOrganisationLookup withReportsTo(BodyId source, BodyId target) {
        reportsTo.computeIfAbsent(source, id -> new LinkedHashSet<>()).add(target);
        return this;
    }

    /** A registered person who sits in the body in that role from the body's establishment, open-ended. */
    /** {@code server} SERVES {@code served}. */
    public InMemoryOrganisationLookup withServes(BodyId server, BodyId served) {
        servedBy.computeIfAbsent(served, id -> new LinkedHashSet<>()).add(server);
        return this;
    }

    @Override
    public Set<BodyId> servedBy(BodyId body) {
        return servedBy.getOrDefault(body, Set.of());
    }

    public InMemoryOrganisationLookup withMember(BodyId body, PersonId person, MemberRole role) {
        return withMember(body, person, role, ESTABLISHED, null);
    }

    /** A registered person who holds the role in the body from {@code from} to {@code to} (inclusive; null: open). */
    public InMemoryOrganisationLookup withMember(BodyId body, PersonId person, MemberRole role, LocalDate from,
                                                 LocalDate to) {
        people.add(person);
        roles.add(new RolePeriod(body, person, role, from, to));
        return this;
    }

    @Override
    public Optional<KnownBody> body(BodyId id) {
        return Optional.ofNullable(bodies.get(id));
    }

    @Override
    public boolean personExists(PersonId id) {
        return people.contains(id);
    }

    @Override
    public Set<BodyId> reportsTo(BodyId body) {
        return reportsTo.getOrDefault(body, Set.of());
    }

    @Override
    public Map<PersonId, MemberRole> membersOn(BodyId body, LocalDate on) {
        Map<PersonId, MemberRole> members = new LinkedHashMap<>();
        roles.stream().filter(period -> period.body.equals(body) && period.covers(on))
                .forEach(period -> members.put(period.person, period.role));
        return members;
    }

    private record RolePeriod(BodyId body, PersonId person, MemberRole role, LocalDate from, LocalDate to) {
        boolean covers(LocalDate day) {
            return !day.isBefore(from) && (to == null || !day.isAfter(to));
        }
    }
}
