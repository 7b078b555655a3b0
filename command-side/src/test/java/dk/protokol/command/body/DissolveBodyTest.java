package dk.protokol.command.body;

import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.organisation.BodyDissolved;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.body.BodyFixtures.BPS;
import static dk.protokol.command.body.BodyFixtures.ESTABLISHED;
import static dk.protokol.command.body.BodyFixtures.bpsEstablished;
import static dk.protokol.command.body.BodyFixtures.date;
import static dk.protokol.command.body.BodyFixtures.organisation;
import static dk.protokol.command.common.Violations.violationOf;
import static org.hamcrest.Matchers.containsString;

class DissolveBodyTest {

    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(organisation());

    @Test
    void dissolvesABody() {
        fixture.given(bpsEstablished())
                .when(new DissolveBody(BPS, date("2025-06-30"), " Afløst af ad hoc arbejdsgrupper "))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BodyDissolved(BPS, date("2025-06-30"), "Afløst af ad hoc arbejdsgrupper"));
    }

    @Test
    void aBodySetUpByMistakeMayBeDissolvedOnItsFirstDay() {
        fixture.given(bpsEstablished())
                .when(new DissolveBody(BPS, ESTABLISHED, "Oprettet ved en fejl"))
                .expectEvents(new BodyDissolved(BPS, ESTABLISHED, "Oprettet ved en fejl"));
    }

    @Test
    void cannotDissolveABodyTwice() {
        fixture.given(bpsEstablished(), new BodyDissolved(BPS, date("2025-06-30"), "Nedlagt"))
                .when(new DissolveBody(BPS, date("2025-07-31"), "Igen"))
                .expectException(violationOf("BodyIsDissolvedOnlyOnce"))
                .expectExceptionMessage("Organet er allerede nedlagt pr. 30. juni 2025.")
                .expectNoEvents();
    }

    @Test
    void cannotDissolveABodyBeforeItWasEstablished() {
        fixture.given(bpsEstablished())
                .when(new DissolveBody(BPS, date("2024-12-31"), "For tidligt"))
                .expectException(violationOf("DissolutionMustNotPrecedeEstablishment"))
                .expectExceptionMessage(containsString("før det blev oprettet (1. januar 2025)"))
                .expectNoEvents();
    }

    @Test
    void cannotDissolveABodyThatWasNeverEstablished() {
        fixture.givenNoPriorActivity()
                .when(new DissolveBody(BPS, date("2025-06-30"), "Findes ikke"))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
