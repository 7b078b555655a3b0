package dk.protokol.command.body;

import dk.protokol.command.common.InMemoryOrganisationLookup;
import dk.protokol.events.command.body.EndBodyRelation;
import dk.protokol.events.command.body.NameSuccessorBody;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.organisation.SuccessorBodyNamed;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.body.BodyFixtures.BPS;
import static dk.protokol.command.body.BodyFixtures.DHI;
import static dk.protokol.command.body.BodyFixtures.ESTABLISHED;
import static dk.protokol.command.body.BodyFixtures.FKU;
import static dk.protokol.command.body.BodyFixtures.bpsEstablished;
import static dk.protokol.command.body.BodyFixtures.date;
import static dk.protokol.command.body.BodyFixtures.organisation;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static org.hamcrest.Matchers.containsString;

/** BPS is the body under test; FKU and DHI are other bodies, known through the lookup. */
class EndRelationAndNameSuccessorTest {

    private static final BodyId WORKING_GROUP = BodyId.random();
    private static final BodyId DISSOLVED_GROUP = BodyId.random();

    private final InMemoryOrganisationLookup lookup = organisation()
            .withDissolvedBody(DISSOLVED_GROUP, date("2025-06-01"));
    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(lookup);

    private static BodyRelationDeclared reportsToFku() {
        return new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO);
    }

    @Test
    void endsARelationFromADate() {
        fixture.given(bpsEstablished(), reportsToFku())
                .when(new EndBodyRelation(BPS, FKU, RelationKind.REPORTS_TO, date("2026-01-01")))
                .expectEvents(new BodyRelationEnded(BPS, FKU, RelationKind.REPORTS_TO, date("2026-01-01")));
    }

    @Test
    void cannotEndARelationTheBodyDoesNotHave() {
        fixture.given(bpsEstablished(), reportsToFku())
                .when(new EndBodyRelation(BPS, FKU, RelationKind.SERVES, date("2026-01-01")))
                .expectException(violationOf("EndingRequiresRelation"))
                .expectExceptionMessage("Organet har ikke den relation til det valgte organ, så den kan ikke ophøre.")
                .expectNoEvents();
    }

    @Test
    void cannotEndARelationTwice() {
        fixture.given(bpsEstablished(), reportsToFku(),
                        new BodyRelationEnded(BPS, FKU, RelationKind.REPORTS_TO, date("2026-01-01")))
                .when(new EndBodyRelation(BPS, FKU, RelationKind.REPORTS_TO, date("2026-02-01")))
                .expectException(violationOf("RelationEndsOnlyOnce"))
                .expectExceptionMessage("Relationen er allerede ophørt pr. 1. januar 2026.")
                .expectNoEvents();
    }

    @Test
    void cannotEndARelationBeforeTheBodyWasEstablished() {
        fixture.given(bpsEstablished(), reportsToFku())
                .when(new EndBodyRelation(BPS, FKU, RelationKind.REPORTS_TO, ESTABLISHED.minusDays(1)))
                .expectException(violationOf("NoChangeBeforeEstablishment"))
                .expectNoEvents();
    }

    @Test
    void cannotEndARelationFromTheBodysDissolutionOn() {
        fixture.given(bpsEstablished(), reportsToFku(), new BodyDissolved(BPS, date("2025-12-01"), "Nedlagt"))
                .when(new EndBodyRelation(BPS, FKU, RelationKind.REPORTS_TO, date("2026-01-01")))
                .expectException(violationOf("NoChangeAfterDissolution"))
                .expectNoEvents();
    }

    @Test
    void namesASuccessorOnTheDayOfTheDissolution() {
        fixture.given(bpsEstablished(), new BodyDissolved(BPS, date("2026-01-01"), "Afløst"))
                .when(new NameSuccessorBody(BPS, FKU, date("2026-01-01")))
                .expectEvents(new SuccessorBodyNamed(BPS, FKU, date("2026-01-01")));
    }

    @Test
    void aBodyIsNotItsOwnSuccessor() {
        fixture.given(bpsEstablished())
                .when(new NameSuccessorBody(BPS, BPS, date("2026-01-01")))
                .expectException(violationOf("SuccessorIsAnotherBody"))
                .expectExceptionMessage("Et organ kan ikke være sin egen efterfølger. Vælg et andet organ.")
                .expectNoEvents();
    }

    @Test
    void theSuccessorMustExist() {
        fixture.given(bpsEstablished())
                .when(new NameSuccessorBody(BPS, WORKING_GROUP, date("2026-01-01")))
                .expectException(UnknownReference.class)
                .expectException(unknownReferenceIn("successorId"))
                .expectNoEvents();
    }

    @Test
    void theSuccessorMustNotBeDissolvedByThatDay() {
        fixture.given(bpsEstablished())
                .when(new NameSuccessorBody(BPS, DISSOLVED_GROUP, date("2026-01-01")))
                .expectException(violationOf("SuccessorMustExistOnTheDay"))
                .expectExceptionMessage(containsString("Efterfølgeren er nedlagt pr. 1. juni 2025"))
                .expectNoEvents();
    }

    @Test
    void theSuccessorMustBeEstablishedByThatDay() {
        lookup.withBodyEstablishedOn(WORKING_GROUP, date("2026-03-01"));
        fixture.given(bpsEstablished())
                .when(new NameSuccessorBody(BPS, WORKING_GROUP, date("2026-01-01")))
                .expectException(violationOf("SuccessorMustExistOnTheDay"))
                .expectExceptionMessage("Efterfølgeren oprettes først 1. marts 2026 og kan ikke videreføre arbejdet"
                        + " fra 1. januar 2026.")
                .expectNoEvents();
    }

    @Test
    void noSuccessorBeforeTheBodyWasEstablished() {
        fixture.given(bpsEstablished())
                .when(new NameSuccessorBody(BPS, DHI, ESTABLISHED.minusDays(1)))
                .expectException(violationOf("NoChangeBeforeEstablishment"))
                .expectNoEvents();
    }

    @Test
    void theSameSuccessorIsNotNamedTwice() {
        fixture.given(bpsEstablished(), new SuccessorBodyNamed(BPS, FKU, date("2026-01-01")))
                .when(new NameSuccessorBody(BPS, FKU, date("2026-02-01")))
                .expectException(violationOf("ChangeMustDiffer"))
                .expectExceptionMessage("Det organ er allerede navngivet som efterfølger.")
                .expectNoEvents();
    }
}
