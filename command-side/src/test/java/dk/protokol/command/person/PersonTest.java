package dk.protokol.command.person;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.person.ChangePersonDetails;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonRegistered;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.protokol.command.common.Violations.violationOf;

class PersonTest {

    private static final PersonId SOFIE = PersonId.random();

    private FixtureConfiguration<Person> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Person.class);
    }

    @Test
    void registersAPersonWithTidiedDetails() {
        fixture.givenNoPriorActivity()
                .when(new RegisterPerson(SOFIE, "  Sofie Brandt Lykke ", "sofie@eksempel.dk", " ", "Fællessekretariatet"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonRegistered(SOFIE, "Sofie Brandt Lykke", "sofie@eksempel.dk", null,
                        "Fællessekretariatet"));
    }

    @Test
    void cannotRegisterAPersonWithoutAName() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new RegisterPerson(SOFIE, "  ", "sofie@eksempel.dk", null, null))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("Navnet skal udfyldes.");
    }

    @Test
    void replacesAPersonsDetailsAsAWhole() {
        fixture.given(new PersonRegistered(SOFIE, "Sofie Brandt Lykke", "sofie@eksempel.dk", "12345678", "AAB"))
                .when(new ChangePersonDetails(SOFIE, "Sofie Brandt", "sofie.brandt@eksempel.dk", null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new PersonDetailsChanged(SOFIE, "Sofie Brandt", "sofie.brandt@eksempel.dk", null, null));
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
}
