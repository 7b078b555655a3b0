package dk.protokol.command.body;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.body.PublishMinutes;
import dk.protokol.events.command.body.SetObjectionPeriod;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MinutesPublicationChanged;
import dk.protokol.events.organisation.ObjectionPeriodChanged;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Body settings of issue 14: the objection period with tacit approval, and publication of approved minutes. */
class MinutesSettingsTest {

    private static final BodyId BODY = BodyId.random();
    private static final BodyEstablished ESTABLISHED = new BodyEstablished(BODY, "Kvarternetværk Øst",
            BodyKind.QUARTER_NETWORK, "ByLivKolding", null, null, 4, null, LocalDate.of(2024, 1, 1));

    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(BodyFixtures.organisation());

    @Test
    void aBodyChoosesItsObjectionPeriodAndTacitApproval() {
        fixture.given(ESTABLISHED)
                .when(new SetObjectionPeriod(BODY, 8, true))
                .expectEvents(new ObjectionPeriodChanged(BODY, 8, true));
        fixture.given(ESTABLISHED, new ObjectionPeriodChanged(BODY, 8, true))
                .when(new SetObjectionPeriod(BODY, 14, false))
                .expectEvents(new ObjectionPeriodChanged(BODY, 14, false));
    }

    @Test
    void theDefaultOrTheSameSettingAgainRecordsNothing() {
        fixture.given(ESTABLISHED)
                .when(new SetObjectionPeriod(BODY, 8, false))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(ESTABLISHED, new ObjectionPeriodChanged(BODY, 5, true))
                .when(new SetObjectionPeriod(BODY, 5, true))
                .expectNoEvents();
    }

    @Test
    void thePeriodIsBetweenOneAndNinetyDays() {
        assertThatThrownBy(() -> new SetObjectionPeriod(BODY, 0, true))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("være mindst 1 dag");
        assertThatThrownBy(() -> new SetObjectionPeriod(BODY, 91, true))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("højst være 90 dage");
        assertThatThrownBy(() -> new SetObjectionPeriod(BODY, null, null))
                .isInstanceOf(InvalidCommand.class).hasMessageContaining("Angiv indsigelsesfristen i dage.");
    }

    @Test
    void aBodyPublishesItsApprovedMinutesAndStops() {
        fixture.given(ESTABLISHED)
                .when(new PublishMinutes(BODY, true))
                .expectEvents(new MinutesPublicationChanged(BODY, true));
        fixture.given(ESTABLISHED, new MinutesPublicationChanged(BODY, true))
                .when(new PublishMinutes(BODY, false))
                .expectEvents(new MinutesPublicationChanged(BODY, false));
        fixture.given(ESTABLISHED)
                .when(new PublishMinutes(BODY, false))
                .expectNoEvents();
    }
}
