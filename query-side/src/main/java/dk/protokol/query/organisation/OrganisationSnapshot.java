package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;

import java.util.Map;

/**
 * The bodies and people the organisation views are answered from: either the live projection's rows
 * or an as-of replay folded in memory. Everything after this point is the same for both.
 */
public record OrganisationSnapshot(Map<BodyId, BodyView> bodies, Map<PersonId, PersonView> people) {

    public OrganisationSnapshot {
        bodies = Map.copyOf(bodies);
        people = Map.copyOf(people);
    }

    public String nameOf(PersonId person) {
        PersonView view = people.get(person);
        return view == null ? null : view.name();
    }
}
