package dk.protokol.query.actions;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.organisation.PersonRef;

import java.util.Map;

/**
 * The names views are read with: people and bodies from the live organisation views, looked up when a view
 * is read and never copied into its state, so that erasing a person blanks them here too.
 */
public record Names(Map<PersonId, String> people, Map<BodyId, String> bodies) {

    public static final Names NONE = new Names(Map.of(), Map.of());

    public Names {
        people = Map.copyOf(people);
        bodies = Map.copyOf(bodies);
    }

    public PersonRef person(PersonId id) {
        return id == null ? null : new PersonRef(id, people.get(id));
    }

    public BodyRef body(BodyId id) {
        return id == null ? null : new BodyRef(id, bodies.get(id));
    }

    public String personName(PersonId id) {
        return id == null ? null : people.get(id);
    }

    public String bodyName(BodyId id) {
        return id == null ? null : bodies.get(id);
    }
}
