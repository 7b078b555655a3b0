package dk.protokol.query.organisation;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonRegistered;
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
}
