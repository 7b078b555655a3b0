package dk.protokol.command.common;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The lookup as a fixture test arranges it: the rest of the organisation, as other aggregates left it. */
public class InMemoryOrganisationLookup implements OrganisationLookup {

    private final Map<BodyId, KnownBody> bodies = new HashMap<>();
    private final Set<PersonId> people = new HashSet<>();
    private final Map<BodyId, Set<BodyId>> reportsTo = new HashMap<>();

    public InMemoryOrganisationLookup withBody(BodyId id) {
        bodies.put(id, new KnownBody(id, LocalDate.of(2020, 1, 1), null));
        return this;
    }

    public InMemoryOrganisationLookup withDissolvedBody(BodyId id, LocalDate on) {
        bodies.put(id, new KnownBody(id, LocalDate.of(2020, 1, 1), on));
        return this;
    }

    public InMemoryOrganisationLookup withPerson(PersonId id) {
        people.add(id);
        return this;
    }

    public InMemoryOrganisationLookup withReportsTo(BodyId source, BodyId target) {
        reportsTo.computeIfAbsent(source, id -> new LinkedHashSet<>()).add(target);
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
}
