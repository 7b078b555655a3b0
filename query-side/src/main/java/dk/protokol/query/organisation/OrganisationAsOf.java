package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.query.common.EventHistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The people and bodies a view names, as they were recorded at an instant (issue 12, item 7: as of means as of).
 * Without an instant: the live views. With one: each person and body folded from its own events recorded up to the
 * instant, with the folds the live views use, so a view read as of then names them as they were called then, not as
 * they are called today. Personal data is revealed through the port as the live view reveals it, so a person erased
 * since reads as erased: an erasure is not undone by time travel (the key is gone).
 */
public final class OrganisationAsOf {

    private final PersonProjection people;
    private final BodyProjection bodies;
    private final EventHistory history;

    public OrganisationAsOf(PersonProjection people, BodyProjection bodies, EventHistory history) {
        this.people = people;
        this.bodies = bodies;
        this.history = history;
    }

    /** The people among {@code ids} known at {@code asOf} (null: now), revealed. */
    public List<PersonView> people(Collection<PersonId> ids, Instant asOf) {
        if (asOf == null) {
            return people.find(ids);
        }
        List<PersonView> found = new ArrayList<>();
        for (PersonId id : new LinkedHashSet<>(ids)) {
            PersonView[] state = {null};
            history.replayAggregate(id.toString(), asOf, recorded -> {
                if (recorded.payload() instanceof PersonEvent event) {
                    state[0] = PersonFold.apply(state[0], event);
                }
            });
            if (state[0] != null) {
                found.add(state[0]);
            }
        }
        return people.revealAll(found);
    }

    /** The body as known at {@code asOf} (null: now). */
    public Optional<BodyView> body(BodyId id, Instant asOf) {
        if (asOf == null) {
            return bodies.find(id);
        }
        BodyView[] state = {null};
        history.replayAggregate(id.toString(), asOf, recorded -> {
            if (recorded.payload() instanceof BodyEvent event) {
                state[0] = BodyFold.apply(state[0], event);
            }
        });
        return Optional.ofNullable(state[0]);
    }

    /** The bodies among {@code ids} known at {@code asOf} (null: now). */
    public List<BodyView> bodies(Collection<BodyId> ids, Instant asOf) {
        if (asOf == null) {
            return bodies.find(ids);
        }
        List<BodyView> found = new ArrayList<>();
        for (BodyId id : new LinkedHashSet<>(ids)) {
            body(id, asOf).ifPresent(found::add);
        }
        return found;
    }

    /** Every body known at {@code asOf} (null: now): the partnerships' bodies number in the tens. */
    public List<BodyView> allBodies(Instant asOf) {
        if (asOf == null) {
            return bodies.findAll();
        }
        Map<BodyId, BodyView> folded = new HashMap<>();
        history.replay(Set.of("Body"), asOf, recorded -> {
            if (recorded.payload() instanceof BodyEvent event) {
                folded.compute(event.bodyId(), (id, state) -> BodyFold.apply(state, event));
            }
        });
        return List.copyOf(folded.values());
    }

    /**
     * The names of the people and the bodies named, as of {@code asOf} (null: now): each read by id (live) or folded
     * from its own events (as of), never the whole organisation.
     */
    public Names names(Set<PersonId> named, Set<BodyId> bodiesNamed, Instant asOf) {
        Map<PersonId, String> personNames = people(named, asOf).stream()
                .filter(person -> person.name() != null)
                .collect(Collectors.toMap(PersonView::id, PersonView::name, (a, b) -> a));
        Map<BodyId, String> bodyNames = bodies(bodiesNamed, asOf).stream()
                .filter(body -> body.name() != null)
                .collect(Collectors.toMap(BodyView::id, BodyView::name, (a, b) -> a));
        return new Names(personNames, bodyNames);
    }

    /** As {@link Names#lookUp}: the people named and every body, as of {@code asOf} (null: now). */
    public Names names(Set<PersonId> named, Instant asOf) {
        Map<PersonId, String> personNames = people(named, asOf).stream()
                .filter(person -> person.name() != null)
                .collect(Collectors.toMap(PersonView::id, PersonView::name, (a, b) -> a));
        Map<BodyId, String> bodyNames = allBodies(asOf).stream()
                .filter(body -> body.name() != null)
                .collect(Collectors.toMap(BodyView::id, BodyView::name, (a, b) -> a));
        return new Names(personNames, bodyNames);
    }
}
