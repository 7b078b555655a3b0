package dk.protokol.query.minutes;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.personal.PersonalData;
import dk.protokol.query.organisation.BodyView;
import dk.protokol.query.organisation.PersonView;

import java.util.Map;
import java.util.Optional;

/**
 * The names the minutes are read with: people and bodies from the organisation views, looked up when the
 * minutes are read, never copied into the minutes' own state. An as-of answer takes them as recorded at its
 * instant (folded from the events), revealed through the personal-data port as today, so a person erased since
 * shows as erased in old minutes as well. The personal data the minutes' state holds sealed (a remark's text, under
 * its author's key) is revealed here, through the one port {@code personalData}; null: values read as they are, a
 * sealed one as absent.
 */
public record Directory(Map<PersonId, PersonView> people, Map<BodyId, BodyView> bodies, PersonalData personalData) {

    public static final Directory EMPTY = new Directory(Map.of(), Map.of());

    public Directory {
        people = Map.copyOf(people);
        bodies = Map.copyOf(bodies);
    }

    /** Names only; remark texts read as they are stored (plaintext in tests). */
    public Directory(Map<PersonId, PersonView> people, Map<BodyId, BodyView> bodies) {
        this(people, bodies, null);
    }

    public String nameOf(PersonId person) {
        PersonView view = person == null ? null : people.get(person);
        return view == null ? null : view.name();
    }

    /**
     * The text of a remark as its author wrote it; empty once the author was erased (their key is gone, or the
     * people view says so: plaintext of an old event does not outlive the erasure either).
     */
    public Optional<String> remarkText(PersonId author, String stored) {
        PersonView view = author == null ? null : people.get(author);
        if (stored == null || view != null && view.erased()) {
            return Optional.empty();
        }
        if (personalData != null) {
            return personalData.reveal(author, stored);
        }
        return PersonalData.isSealed(stored) ? Optional.empty() : Optional.of(stored);
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
