package dk.protokol.query.minutes;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.PersonView;

import java.util.Map;

/**
 * The names the minutes are read with: people and bodies from the organisation views, looked up when the
 * minutes are read, never copied into the minutes' own state. An as-of answer takes them as recorded at its
 * instant (folded from the events), revealed through the personal-data port as today, so a person erased since
 * shows as erased in old minutes as well.
 */
public record Directory(Map<PersonId, PersonView> people, Map<BodyId, BodyView> bodies) {

    public static final Directory EMPTY = new Directory(Map.of(), Map.of());

    public Directory {
        people = Map.copyOf(people);
        bodies = Map.copyOf(bodies);
    }

    public String nameOf(PersonId person) {
        PersonView view = person == null ? null : people.get(person);
        return view == null ? null : view.name();
    }

    public BodyView body(BodyId body) {
        return body == null ? null : bodies.get(body);
    }

    public String bodyName(BodyId body) {
        BodyView view = body(body);
        return view == null ? null : view.name();
    }

    public String organisation(BodyId body) {
        BodyView view = body(body);
        return view == null ? null : view.organisation();
    }
}
