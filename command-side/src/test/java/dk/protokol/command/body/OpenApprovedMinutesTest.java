package dk.protokol.command.body;

import dk.protokol.events.command.body.OpenApprovedMinutes;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.ApprovedMinutesOpened;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

/** A body setting (issue 11): its approved minutes opened to every signed-in user, or kept to its readers again. */
class OpenApprovedMinutesTest {

    private static final BodyId BODY = BodyId.random();
    private static final BodyEstablished ESTABLISHED = new BodyEstablished(BODY, "Kvarternetværk Øst",
            BodyKind.QUARTER_NETWORK, "ByLivKolding", null, null, 4, null, LocalDate.of(2024, 1, 1));

    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(BodyFixtures.organisation());

    @Test
    void theApprovedMinutesAreOpenedAndKeptAgain() {
        fixture.given(ESTABLISHED)
                .when(new OpenApprovedMinutes(BODY, true))
                .expectEvents(new ApprovedMinutesOpened(BODY, true));
        fixture.given(ESTABLISHED, new ApprovedMinutesOpened(BODY, true))
                .when(new OpenApprovedMinutes(BODY, false))
                .expectEvents(new ApprovedMinutesOpened(BODY, false));
    }

    @Test
    void sayingTheSettingAgainRecordsNothing() {
        fixture.given(ESTABLISHED)
                .when(new OpenApprovedMinutes(BODY, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(ESTABLISHED, new ApprovedMinutesOpened(BODY, true))
                .when(new OpenApprovedMinutes(BODY, true))
                .expectNoEvents();
    }
}
