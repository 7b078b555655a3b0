package dk.protokol.query.history;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;

import java.util.Map;

/**
 * The names a history is told with: people and bodies from the live organisation views, looked up when the history
 * is read, so that an erased person shows as erased in old histories too.
 */
public record HistoryNames(Map<PersonId, String> people, Map<BodyId, String> bodies) {

    public static final HistoryNames NONE = new HistoryNames(Map.of(), Map.of());

    public HistoryNames {
        people = Map.copyOf(people);
        bodies = Map.copyOf(bodies);
    }

    /** The person's name, null when unknown or erased. */
    public String person(PersonId id) {
        return id == null ? null : people.get(id);
    }

    public String body(BodyId id) {
        return id == null ? null : bodies.get(id);
    }
}
