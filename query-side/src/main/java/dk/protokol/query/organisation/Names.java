package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * The names of the people named, read as named, and of every body: the partnerships' bodies number in the
     * tens, so one read names them all.
     */
    public static Names lookUp(PersonProjection people, BodyProjection bodies, Set<PersonId> named) {
        Map<PersonId, String> personNames = people.find(named).stream()
                .filter(person -> person.name() != null)
                .collect(Collectors.toMap(PersonView::id, PersonView::name, (a, b) -> a));
        Map<BodyId, String> bodyNames = bodies.findAll().stream()
                .filter(body -> body.name() != null)
                .collect(Collectors.toMap(BodyView::id, BodyView::name, (a, b) -> a));
        return new Names(personNames, bodyNames);
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
