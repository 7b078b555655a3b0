package dk.protokol.query.organisation;

import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonErased;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.events.organisation.PersonLanguageChosen;
import dk.protokol.events.organisation.PersonMarkedAsOfficial;
import dk.protokol.events.organisation.PersonRegistered;

/**
 * The change a person event makes to the people view; shared by the live projection and as-of replay. The personal
 * data is kept as the event holds it (sealed); it is revealed when the view is read ({@link PersonView#revealed}).
 */
public final class PersonFold {

    private PersonFold() {
    }

    /** {@code state} is null before the person's first event. */
    public static PersonView apply(PersonView state, PersonEvent event) {
        if (event instanceof PersonRegistered e) {
            return new PersonView(e.personId(), e.name(), e.email(), e.phone(), e.organisation());
        }
        if (event instanceof PersonDetailsChanged e) {
            // the event carries the complete new details, so it replaces rather than merges
            return new PersonView(e.personId(), e.name(), e.email(), e.phone(), e.organisation(), false,
                    state == null ? null : state.office(), state == null ? null : state.language());
        }
        if (event instanceof PersonMarkedAsOfficial e) {
            return state == null ? null : state.withOffice(e.office());
        }
        if (event instanceof PersonLanguageChosen e) {
            return state == null ? null : state.withLanguage(e.language());
        }
        if (event instanceof PersonErased e) {
            // nothing sealed is kept once the key is gone: the view holds no personal data from here on
            return new PersonView(e.personId(), null, null, null, state == null ? null : state.organisation(), true,
                    null);
        }
        return state;
    }
}
