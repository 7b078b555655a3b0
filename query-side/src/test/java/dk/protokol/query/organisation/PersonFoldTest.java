package dk.protokol.query.organisation;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonErased;
import dk.protokol.events.organisation.PersonLanguageChosen;
import dk.protokol.events.organisation.PersonMarkedAsOfficial;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.personal.PersonalData;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonFoldTest {

    static final PersonId ANNE = PersonId.of("00000000-0000-0000-0000-00000000a010");

    @Test
    void registeringCreatesThePerson() {
        PersonView person = PersonFold.apply(null,
                new PersonRegistered(ANNE, "Anne Testesen", "anne@example.org", null, "Vejle Kommune"));

        assertThat(person).isEqualTo(new PersonView(ANNE, "Anne Testesen", "anne@example.org", null,
                "Vejle Kommune"));
    }

    @Test
    void changedDetailsReplaceAllDetails() {
        PersonView registered = PersonFold.apply(null,
                new PersonRegistered(ANNE, "Anne Testesen", "anne@example.org", "12345678", "Vejle Kommune"));

        PersonView changed = PersonFold.apply(registered,
                new PersonDetailsChanged(ANNE, "Anne Prøvesen", "anne.p@example.org", null, "Domea"));

        assertThat(changed).isEqualTo(new PersonView(ANNE, "Anne Prøvesen", "anne.p@example.org", null, "Domea"));
    }

    @Test
    void theChosenLanguageOfTheMailStaysThroughChangedDetails() {
        PersonView registered = PersonFold.apply(null,
                new PersonRegistered(ANNE, "Anne Testesen", "anne@example.org", null, "Vejle Kommune"));
        assertThat(registered.language()).isNull();
        PersonView english = PersonFold.apply(registered, new PersonLanguageChosen(ANNE, "en"));
        assertThat(english.language()).isEqualTo("en");
        PersonView changed = PersonFold.apply(english,
                new PersonDetailsChanged(ANNE, "Anne Prøvesen", "anne.p@example.org", null, "Domea"));
        assertThat(changed.language()).isEqualTo("en");
        assertThat(changed.revealed(new PlaintextReader()).language()).isEqualTo("en");
    }

    @Test
    void anErasedPersonKeepsNoPersonalDataAndReadsAsErased() {
        PersonView registered = PersonFold.apply(null,
                new PersonRegistered(ANNE, "pd1:c2VhbGVk", "pd1:bWFpbA==", null, "Vejle Kommune"));
        PersonView erased = PersonFold.apply(registered,
                new PersonErased(ANNE, "Anmodning", "admin", Instant.parse("2026-03-02T09:00:00Z")));

        assertThat(erased).isEqualTo(new PersonView(ANNE, null, null, null, "Vejle Kommune", true, null));
        assertThat(erased.revealed(new PlaintextReader())).isEqualTo(PersonView.erased(ANNE, "Vejle Kommune"));
        assertThat(erased.revealed(new PlaintextReader()).name()).isEqualTo("Slettet person");
    }

    @Test
    void aSealedValueIsReadThroughThePortAndAnUnreadableNameReadsAsErased() {
        PersonView stored = PersonFold.apply(null, new PersonRegistered(ANNE, "pd1:Anne", "pd1:anne@example.org",
                null, "AAB"));
        PersonView official = PersonFold.apply(stored, new PersonMarkedAsOfficial(ANNE, "Formand"));

        assertThat(official.revealed(new PlaintextReader() {
            @Override
            public Optional<String> reveal(PersonId person, String value) {
                return value == null ? Optional.empty() : Optional.of(value.substring(4));
            }
        })).isEqualTo(new PersonView(ANNE, "Anne", "anne@example.org", null, "AAB", false, "Formand"));
        assertThat(official.revealed(new PlaintextReader()).erased()).as("key gone").isTrue();
    }

    /** Reads plaintext as it is; a sealed value does not open (as when the key is gone). */
    private static class PlaintextReader implements PersonalData {
        @Override
        public String seal(PersonId person, String value) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<String> reveal(PersonId person, String stored) {
            return stored == null || PersonalData.isSealed(stored) ? Optional.empty() : Optional.of(stored);
        }

        @Override
        public void forget(PersonId person) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isForgotten(PersonId person) {
            return false;
        }
    }
}
