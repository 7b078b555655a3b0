package dk.protokol.command.body;

import dk.protokol.events.command.body.ChangeBodyCadence;
import dk.protokol.events.command.body.ChangeBodyMandate;
import dk.protokol.events.command.body.ChangeBodyQuorum;
import dk.protokol.events.command.body.RenameBody;
import dk.protokol.events.command.FieldMessage;
import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.organisation.BodyCadenceChanged;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyMandateChanged;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.BodyRenamed;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.body.BodyFixtures.BPS;
import static dk.protokol.command.body.BodyFixtures.ESTABLISHED;
import static dk.protokol.command.body.BodyFixtures.bpsEstablished;
import static dk.protokol.command.body.BodyFixtures.date;
import static dk.protokol.command.body.BodyFixtures.organisation;
import static dk.protokol.command.common.Violations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

/** A body's name, mandate (kommissorium), cadence and quorum change from a date. */
class ChangeBodyOverTimeTest {

    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(organisation());

    @Test
    void renamesABodyFromADate() {
        fixture.given(bpsEstablished())
                .when(new RenameBody(BPS, " Boligpolitisk Forum ", date("2026-01-01")))
                .expectEvents(new BodyRenamed(BPS, "Boligpolitisk Forum", date("2026-01-01")));
    }

    @Test
    void changesMandateCadenceAndQuorum() {
        fixture.given(bpsEstablished())
                .when(new ChangeBodyMandate(BPS, " Fastlægger de boligpolitiske linjer ", date("2026-01-01")))
                .expectEvents(new BodyMandateChanged(BPS, "Fastlægger de boligpolitiske linjer", date("2026-01-01")));
        fixture.given(bpsEstablished())
                .when(new ChangeBodyCadence(BPS, 6, date("2026-01-01")))
                .expectEvents(new BodyCadenceChanged(BPS, 6, date("2026-01-01")));
        fixture.given(bpsEstablished())
                .when(new ChangeBodyQuorum(BPS, 5, date("2026-01-01")))
                .expectEvents(new BodyQuorumChanged(BPS, 5, date("2026-01-01")));
    }

    @Test
    void aQuorumCanBeDroppedAndABlankMandateMeansNone() {
        fixture.given(bpsEstablished(), new BodyQuorumChanged(BPS, 5, date("2025-06-01")),
                        new BodyMandateChanged(BPS, "Kommissorium", date("2025-06-01")))
                .when(new ChangeBodyQuorum(BPS, null, date("2026-01-01")))
                .expectEvents(new BodyQuorumChanged(BPS, null, date("2026-01-01")));
        fixture.given(bpsEstablished(), new BodyMandateChanged(BPS, "Kommissorium", date("2025-06-01")))
                .when(new ChangeBodyMandate(BPS, "  ", date("2026-01-01")))
                .expectEvents(new BodyMandateChanged(BPS, null, date("2026-01-01")));
    }

    @Test
    void cannotRenameToTheNameThatHoldsOnThatDay() {
        fixture.given(bpsEstablished(), new BodyRenamed(BPS, "Boligpolitisk Forum", date("2026-01-01")))
                .when(new RenameBody(BPS, "Boligpolitisk Forum", date("2026-03-01")))
                .expectException(violationOf("ChangeMustDiffer"))
                .expectExceptionMessage("Organet hedder allerede sådan pr. 1. marts 2026.")
                .expectNoEvents();
    }

    @Test
    void theOldNameMayBeGivenAgainBeforeTheRenameTookEffect() {
        fixture.given(bpsEstablished(), new BodyRenamed(BPS, "Boligpolitisk Forum", date("2026-01-01")))
                .when(new RenameBody(BPS, "Boligpolitisk Forum", date("2025-10-01")))
                .expectEvents(new BodyRenamed(BPS, "Boligpolitisk Forum", date("2025-10-01")));
    }

    @Test
    void cannotSetTheSameCadenceQuorumOrMandate() {
        fixture.given(bpsEstablished())
                .when(new ChangeBodyCadence(BPS, 4, date("2026-01-01")))
                .expectException(violationOf("ChangeMustDiffer"))
                .expectExceptionMessage("Organet holder allerede 4 møder om året pr. 1. januar 2026.");
        fixture.given(bpsEstablished())
                .when(new ChangeBodyQuorum(BPS, null, date("2026-01-01")))
                .expectException(violationOf("ChangeMustDiffer"))
                .expectExceptionMessage("Organet har ingen beslutningsdygtighed pr. 1. januar 2026.");
        fixture.given(bpsEstablished())
                .when(new ChangeBodyMandate(BPS, null, date("2026-01-01")))
                .expectException(violationOf("ChangeMustDiffer"))
                .expectExceptionMessage("Organet har intet kommissorium pr. 1. januar 2026.");
    }

    @Test
    void cannotChangeABodyBeforeItWasEstablished() {
        fixture.given(bpsEstablished())
                .when(new RenameBody(BPS, "Boligpolitisk Forum", ESTABLISHED.minusDays(1)))
                .expectException(violationOf("NoChangeBeforeEstablishment"))
                .expectExceptionMessage(containsString("tidligst gælde fra den dag"))
                .expectNoEvents();
    }

    @Test
    void cannotChangeABodyFromItsDissolutionOn() {
        fixture.given(bpsEstablished(), new BodyDissolved(BPS, date("2026-01-01"), "Nedlagt"))
                .when(new ChangeBodyQuorum(BPS, 3, date("2026-01-01")))
                .expectException(violationOf("NoChangeAfterDissolution"))
                .expectExceptionMessage("Organet er nedlagt pr. 1. januar 2026. En ændring kan kun gælde fra en dag"
                        + " før det.")
                .expectNoEvents();
    }

    @Test
    void aChangeBeforeTheDissolutionMayStillBeRecorded() {
        fixture.given(bpsEstablished(), new BodyDissolved(BPS, date("2026-01-01"), "Nedlagt"))
                .when(new ChangeBodyCadence(BPS, 2, date("2025-07-01")))
                .expectEvents(new BodyCadenceChanged(BPS, 2, date("2025-07-01")));
    }

    @Test
    void theCommandsKeepTheirLimits() {
        assertThatThrownBy(() -> new RenameBody(BPS, " ", null))
                .isInstanceOfSatisfying(InvalidCommand.class, invalid -> assertThat(invalid.errors()).containsExactly(
                        new FieldMessage("name", "Navnet skal udfyldes."),
                        new FieldMessage("on", "Angiv fra hvilken dag organet hedder sådan.")));
        assertThatThrownBy(() -> new ChangeBodyCadence(BPS, 0, date("2026-01-01")))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("Antal møder om året skal være mindst 1.");
        assertThatThrownBy(() -> new ChangeBodyQuorum(BPS, 1001, date("2026-01-01")))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("Beslutningsdygtighed kan højst være 1000.");
        assertThatThrownBy(() -> new ChangeBodyMandate(BPS, "x".repeat(10001), date("2026-01-01")))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("Kommissoriet må højst være 10.000 tegn.");
    }
}
