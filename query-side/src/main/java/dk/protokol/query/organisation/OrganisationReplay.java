package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.query.common.EventHistory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Time travel ({@code asOf}): the organisation as the system knew it at an instant, folded in memory
 * from the recorded events with the very folds the live projections use.
 */
public final class OrganisationReplay {

    /** Aggregate types as Axon stores them: the aggregates' simple class names. */
    static final Set<String> AGGREGATE_TYPES = Set.of("Body", "Person");

    private OrganisationReplay() {
    }

    public static OrganisationSnapshot asOf(EventHistory history, Instant asOf) {
        Map<BodyId, BodyView> bodies = new HashMap<>();
        Map<PersonId, PersonView> people = new HashMap<>();
        history.replay(AGGREGATE_TYPES, asOf, recorded -> {
            if (recorded.payload() instanceof BodyEvent event) {
                bodies.compute(event.bodyId(), (id, state) -> BodyFold.apply(state, event));
            } else if (recorded.payload() instanceof PersonEvent event) {
                people.compute(event.personId(), (id, state) -> PersonFold.apply(state, event));
            }
        });
        return new OrganisationSnapshot(bodies, people);
    }
}
