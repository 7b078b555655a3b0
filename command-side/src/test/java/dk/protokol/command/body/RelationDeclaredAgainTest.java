package dk.protokol.command.body;

import dk.protokol.command.common.InMemoryOrganisationLookup;
import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.command.body.EndBodyRelation;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.RelationKind;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.protokol.command.body.BodyFixtures.BPS;
import static dk.protokol.command.body.BodyFixtures.ESTABLISHED;
import static dk.protokol.command.body.BodyFixtures.FKU;
import static dk.protokol.command.body.BodyFixtures.bpsEstablished;
import static dk.protokol.command.body.BodyFixtures.date;
import static dk.protokol.command.body.BodyFixtures.organisation;
import static dk.protokol.command.common.Violations.violationOf;

/**
 * A relation declared from a day, and a relation that ended declared again from the day it ended or later
 * (rule {@code RelationDeclaredAgainFromItsEnd}): BPS reports to FKU from its establishment until 1 January 2026.
 */
class RelationDeclaredAgainTest {

    private static final LocalDate ENDED = date("2026-01-01");

    private final InMemoryOrganisationLookup lookup = organisation();
    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(lookup);

    private static BodyRelationDeclared reportsToFku() {
        return new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO);
    }

    private static BodyRelationEnded endedOn(LocalDate on) {
        return new BodyRelationEnded(BPS, FKU, RelationKind.REPORTS_TO, on);
    }

    private static DeclareBodyRelation reportToFkuFrom(LocalDate from) {
        return new DeclareBodyRelation(BPS, FKU, RelationKind.REPORTS_TO, from);
    }

    @Test
    void declaresARelationFromADay() {
        fixture.given(bpsEstablished())
                .when(reportToFkuFrom(date("2025-03-01")))
                .expectEvents(new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO, date("2025-03-01")));
    }

    @Test
    void aRelationDeclaredWithoutADayHoldsFromTheEstablishment() {
        fixture.given(bpsEstablished())
                .when(reportToFkuFrom(null))
                .expectEvents(new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO, null));
    }

    @Test
    void aRelationHoldsNoEarlierThanTheBodyExists() {
        fixture.given(bpsEstablished())
                .when(reportToFkuFrom(ESTABLISHED.minusDays(1)))
                .expectException(violationOf("NoChangeBeforeEstablishment", "from"))
                .expectExceptionMessage("Organet blev oprettet 1. januar 2025. En ændring kan tidligst gælde fra den"
                        + " dag, ikke fra 31. december 2024.")
                .expectNoEvents();
    }

    @Test
    void anEndedRelationIsNotDeclaredAgainFromBeforeItEnded() {
        fixture.given(bpsEstablished(), reportsToFku(), endedOn(ENDED))
                .when(reportToFkuFrom(date("2025-12-31")))
                .expectException(violationOf("RelationDeclaredAgainFromItsEnd", "from"))
                .expectExceptionMessage("Relationen ophørte pr. 1. januar 2026 og kan tidligst gælde igen fra den"
                        + " dag, ikke fra 31. december 2025.")
                .expectNoEvents();
    }

    @Test
    void anEndedRelationIsNotDeclaredAgainFromTheEstablishment() {
        fixture.given(bpsEstablished(), reportsToFku(), endedOn(ENDED))
                .when(reportToFkuFrom(null))
                .expectException(violationOf("RelationDeclaredAgainFromItsEnd", "from"))
                .expectExceptionMessage("Relationen ophørte pr. 1. januar 2026. Angiv fra hvilken dag den gælder"
                        + " igen: tidligst 1. januar 2026.")
                .expectNoEvents();
    }

    @Test
    void anEndedRelationIsDeclaredAgainFromTheDayItEnded() {
        fixture.given(bpsEstablished(), reportsToFku(), endedOn(ENDED))
                .when(reportToFkuFrom(ENDED))
                .expectEvents(new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO, ENDED));
    }

    @Test
    void anEndedRelationIsDeclaredAgainFromALaterDay() {
        fixture.given(bpsEstablished(), reportsToFku(), endedOn(ENDED))
                .when(reportToFkuFrom(date("2026-09-01")))
                .expectEvents(new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO, date("2026-09-01")));
    }

    @Test
    void aRelationDeclaredAgainIsNotDeclaredTwiceWhileItHolds() {
        fixture.given(bpsEstablished(), reportsToFku(), endedOn(ENDED),
                        new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO, date("2026-09-01")))
                .when(reportToFkuFrom(date("2026-10-01")))
                .expectException(violationOf("RelationAlreadyDeclared"))
                .expectExceptionMessage("Relationen findes allerede mellem de to organer.")
                .expectNoEvents();
    }

    @Test
    void aRelationDeclaredAgainEndsAgain() {
        fixture.given(bpsEstablished(), reportsToFku(), endedOn(ENDED),
                        new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO, date("2026-09-01")))
                .when(new EndBodyRelation(BPS, FKU, RelationKind.REPORTS_TO, date("2027-01-01")))
                .expectEvents(endedOn(date("2027-01-01")));
    }

    @Test
    void aRelationDeclaredAgainEndsAfterTheDayItHoldsFrom() {
        fixture.given(bpsEstablished(), reportsToFku(), endedOn(ENDED),
                        new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO, date("2026-09-01")))
                .when(new EndBodyRelation(BPS, FKU, RelationKind.REPORTS_TO, date("2026-09-01")))
                .expectException(violationOf("RelationEndsAfterItBegins", "on"))
                .expectExceptionMessage("Relationen gælder fra 1. september 2026 og kan tidligst ophøre dagen efter,"
                        + " ikke pr. 1. september 2026.")
                .expectNoEvents();
    }

    @Test
    void aRelationEndedTwiceIsDeclaredAgainNoEarlierThanItsLatestEnd() {
        fixture.given(bpsEstablished(), reportsToFku(), endedOn(ENDED),
                        new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO, date("2026-09-01")),
                        endedOn(date("2027-01-01")))
                .when(reportToFkuFrom(date("2026-12-01")))
                .expectException(violationOf("RelationDeclaredAgainFromItsEnd", "from"))
                .expectExceptionMessage("Relationen ophørte pr. 1. januar 2027 og kan tidligst gælde igen fra den"
                        + " dag, ikke fra 1. december 2026.")
                .expectNoEvents();
    }

    @Test
    void aRelationEndedAgainEndsOnlyOnce() {
        fixture.given(bpsEstablished(), reportsToFku(), endedOn(ENDED),
                        new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO, date("2026-09-01")),
                        endedOn(date("2027-01-01")))
                .when(new EndBodyRelation(BPS, FKU, RelationKind.REPORTS_TO, date("2027-02-01")))
                .expectException(violationOf("RelationEndsOnlyOnce"))
                .expectExceptionMessage("Relationen er allerede ophørt pr. 1. januar 2027.")
                .expectNoEvents();
    }

    @Test
    void aReportsToDeclaredAgainMustCloseNoCycle() {
        lookup.withReportsTo(FKU, BPS);
        fixture.given(bpsEstablished(), reportsToFku(), endedOn(ENDED))
                .when(reportToFkuFrom(date("2026-09-01")))
                .expectException(violationOf("NoReportsToCycle"))
                .expectNoEvents();
    }
}
