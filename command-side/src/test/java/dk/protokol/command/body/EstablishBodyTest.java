package dk.protokol.command.body;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.command.common.InMemoryOrganisationLookup;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.protokol.command.body.BodyFixtures.BPS;
import static dk.protokol.command.body.BodyFixtures.ESTABLISHED;
import static dk.protokol.command.body.BodyFixtures.FKU;
import static dk.protokol.command.body.BodyFixtures.date;
import static dk.protokol.command.body.BodyFixtures.organisation;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static org.hamcrest.Matchers.containsString;

class EstablishBodyTest {

    private static final BodyId LOEGET = BodyId.random();

    private final InMemoryOrganisationLookup lookup = organisation();
    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(lookup);

    private static EstablishBody loeget(String name, String organisation, BodyId parent, Integer meetings,
                                        Integer quorum) {
        return new EstablishBody(LOEGET, name, BodyKind.STEERING_GROUP, organisation, parent,
                "Ejer den lokale helhedsplan.", meetings, quorum, ESTABLISHED);
    }

    @Test
    void establishesABodyUnderItsParent() {
        fixture.givenNoPriorActivity()
                .when(new EstablishBody(LOEGET, " Lokal styregruppe Løget ", BodyKind.STEERING_GROUP, "BolivVejle",
                        BPS, " ", 4, 5, ESTABLISHED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BodyEstablished(LOEGET, "Lokal styregruppe Løget", BodyKind.STEERING_GROUP,
                        "BolivVejle", BPS, null, 4, 5, ESTABLISHED));
    }

    @Test
    void cannotEstablishABodyWithoutAName() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> loeget(" ", "BolivVejle", null, null, null))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void cannotEstablishABodyOutsideAnOrganisation() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> loeget("Lokal styregruppe Løget", null, null, null, null))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void cannotEstablishABodyThatMeetsZeroTimesAYear() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> loeget("Lokal styregruppe Løget", "BolivVejle", null, 0, null))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void cannotEstablishABodyWithAQuorumBelowOne() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> loeget("Lokal styregruppe Løget", "BolivVejle", null, null, 0))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void cannotEstablishABodyUnderAnUnknownParent() {
        fixture.givenNoPriorActivity()
                .when(loeget("Lokal styregruppe Løget", "BolivVejle", BodyId.random(), null, null))
                .expectException(UnknownReference.class)
                .expectException(unknownReferenceIn("parentId"))
                .expectNoEvents();
    }

    @Test
    void cannotEstablishABodyUnderADissolvedParent() {
        lookup.withDissolvedBody(FKU, date("2025-06-30"));
        fixture.givenNoPriorActivity()
                .when(loeget("Ad hoc arbejdsgruppe", "BolivVejle", FKU, null, null))
                .expectException(violationOf("NoBodiesUnderDissolvedParent"))
                .expectExceptionMessage(containsString("nedlagt pr. 30. juni 2025"))
                .expectNoEvents();
    }
}
