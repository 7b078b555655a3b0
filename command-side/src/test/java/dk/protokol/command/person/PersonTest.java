package dk.protokol.command.person;

import dk.protokol.command.common.InMemoryPersonalData;
import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.person.ChangePersonDetails;
import dk.protokol.events.command.person.ChooseLanguage;
import dk.protokol.events.command.person.ErasePerson;
import dk.protokol.events.command.person.MarkPersonAsOfficial;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonErased;
import dk.protokol.events.organisation.PersonLanguageChosen;
import dk.protokol.events.organisation.PersonMarkedAsOfficial;
import dk.protokol.events.organisation.PersonRegistered;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static dk.protokol.command.common.InMemoryPersonalData.sealed;
import static dk.protokol.command.common.Violations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonTest {

    private static final PersonId SOFIE = PersonId.random();
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private FixtureConfiguration<Person> fixture;
    private InMemoryPersonalData personalData;

    @BeforeEach
    void setUp() {
        personalData = new InMemoryPersonalData();
        fixture = new AggregateTestFixture<>(Person.class);
        fixture.registerInjectableResource(personalData);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneId.of("Europe/Copenhagen")));
    }

    @Test
    void registersAPersonWithTidiedDetailsSealed() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(SOFIE, "  Sofie Brandt Lykke ", "sofie@eksempel.dk", " ", "Fællessekretariatet"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonRegistered(SOFIE, sealed(SOFIE, "Sofie Brandt Lykke"),
                        sealed(SOFIE, "sofie@eksempel.dk"), null, "Fællessekretariatet"));
        assertThat(personalData.hasKey(SOFIE)).isTrue();
    }

    @Test
    void cannotRegisterAPersonWithoutAName() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new RegisterPerson(SOFIE, "  ", "sofie@eksempel.dk", null, null))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("Navnet skal udfyldes.");
    }

    @Test
    void replacesAPersonsDetailsAsAWholeSealed() {
        fixture.given(new PersonRegistered(SOFIE, "Sofie Brandt Lykke", "sofie@eksempel.dk", "12345678", "AAB"))
                .when(new ChangePersonDetails(SOFIE, "Sofie Brandt", "sofie.brandt@eksempel.dk", null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonDetailsChanged(SOFIE, sealed(SOFIE, "Sofie Brandt"),
                        sealed(SOFIE, "sofie.brandt@eksempel.dk"), null, null));
    }

    @Test
    void cannotClearAPersonsName() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new ChangePersonDetails(SOFIE, null, "sofie@eksempel.dk", null, null))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void cannotChangeTheDetailsOfAPersonWhoWasNeverRegistered() {
        fixture.givenNoPriorActivity()
                .when(new ChangePersonDetails(SOFIE, "Sofie", null, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void erasesAPersonRecordingWhoWhenAndWhyAndForgetsTheKey() {
        personalData.seal(SOFIE, "Sofie Brandt Lykke");
        fixture.given(new PersonRegistered(SOFIE, sealed(SOFIE, "Sofie Brandt Lykke"), null, null, "AAB"))
                .when(new ErasePerson(SOFIE, " Anmodning efter GDPR art. 17 "), MetaData.from(Map.of("userId", "admin")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonErased(SOFIE, "Anmodning efter GDPR art. 17", "admin", NOW));
        assertThat(personalData.isForgotten(SOFIE)).isTrue();
        assertThat(personalData.reveal(SOFIE, sealed(SOFIE, "Sofie Brandt Lykke"))).isEmpty();
    }

    @Test
    void anErasedPersonIsNotErasedAgain() {
        fixture.given(new PersonRegistered(SOFIE, "x", null, null, null),
                        new PersonErased(SOFIE, "Anmodning", "admin", NOW))
                .when(new ErasePerson(SOFIE, "Igen"))
                .expectException(violationOf("PersonIsErasedOnce"))
                .expectNoEvents();
    }

    @Test
    void anErasedPersonTakesNoNewDetails() {
        fixture.given(new PersonRegistered(SOFIE, "x", null, null, null),
                        new PersonErased(SOFIE, "Anmodning", "admin", NOW))
                .when(new ChangePersonDetails(SOFIE, "Sofie Igen", "sofie@eksempel.dk", null, null))
                .expectException(violationOf("ErasedPersonTakesNoDetails"))
                .expectNoEvents();
    }

    @Test
    void anErasureNeedsAReason() {
        assertThatThrownBy(() -> new ErasePerson(SOFIE, " "))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("Begrundelsen skal udfyldes.");
    }

    @Test
    void anOfficialIsNotErased() {
        fixture.given(new PersonRegistered(SOFIE, "x", null, null, null))
                .when(new MarkPersonAsOfficial(SOFIE, " Kommunaldirektør, Vejle Kommune "))
                .expectEvents(new PersonMarkedAsOfficial(SOFIE, "Kommunaldirektør, Vejle Kommune"));
        fixture.given(new PersonRegistered(SOFIE, "x", null, null, null),
                        new PersonMarkedAsOfficial(SOFIE, "Kommunaldirektør, Vejle Kommune"))
                .when(new ErasePerson(SOFIE, "Anmodning"))
                .expectException(violationOf("OfficialsAreNotErased"))
                .expectExceptionMessage("Personen handler i sit embede (Kommunaldirektør, Vejle Kommune); oplysninger "
                        + "om embedspersoner skal bevares efter offentlighedsloven og arkivloven og kan ikke slettes.")
                .expectNoEvents();
        assertThat(personalData.isForgotten(SOFIE)).isFalse();
    }

    @Test
    void anErasedPersonIsNotMarkedAsOfficial() {
        fixture.given(new PersonRegistered(SOFIE, "x", null, null, null),
                        new PersonErased(SOFIE, "Anmodning", "admin", NOW))
                .when(new MarkPersonAsOfficial(SOFIE, "Formand"))
                .expectException(violationOf("ErasedPersonTakesNoDetails"))
                .expectNoEvents();
    }

    @Test
    void aPersonChoosesEnglishMailAndChoosingItAgainChangesNothing() {
        fixture.given(new PersonRegistered(SOFIE, "x", null, null, null))
                .when(new ChooseLanguage(SOFIE, "en"))
                .expectEvents(new PersonLanguageChosen(SOFIE, "en"));
        fixture.given(new PersonRegistered(SOFIE, "x", null, null, null), new PersonLanguageChosen(SOFIE, "en"))
                .when(new ChooseLanguage(SOFIE, "en"))
                .expectNoEvents();
        // Danish is what a person who never chose reads
        fixture.given(new PersonRegistered(SOFIE, "x", null, null, null))
                .when(new ChooseLanguage(SOFIE, "da"))
                .expectNoEvents();
    }

    @Test
    void anErasedPersonChoosesNoLanguage() {
        fixture.given(new PersonRegistered(SOFIE, "x", null, null, null),
                        new PersonErased(SOFIE, "Anmodning", "admin", NOW))
                .when(new ChooseLanguage(SOFIE, "en"))
                .expectException(violationOf("ErasedPersonTakesNoDetails"))
                .expectNoEvents();
    }

    @Test
    void onlyDanishOrEnglishIsALanguage() {
        assertThatThrownBy(() -> new ChooseLanguage(SOFIE, "de"))
                .hasMessageContaining("Sproget skal være da (dansk) eller en (engelsk).");
    }
}
