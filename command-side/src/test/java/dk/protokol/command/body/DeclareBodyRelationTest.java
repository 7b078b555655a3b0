package dk.protokol.command.body;

import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.command.common.InMemoryOrganisationLookup;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.RelationKind;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.body.BodyFixtures.BPS;
import static dk.protokol.command.body.BodyFixtures.DHI;
import static dk.protokol.command.body.BodyFixtures.FKU;
import static dk.protokol.command.body.BodyFixtures.bpsEstablished;
import static dk.protokol.command.body.BodyFixtures.date;
import static dk.protokol.command.body.BodyFixtures.organisation;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static org.hamcrest.Matchers.containsString;

/** BPS is the body under test; FKU and DHI are other bodies, known through the lookup. */
class DeclareBodyRelationTest {

    private final InMemoryOrganisationLookup lookup = organisation();
    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(lookup);

    @Test
    void declaresARelationToAnotherBody() {
        fixture.given(bpsEstablished())
                .when(new DeclareBodyRelation(BPS, FKU, RelationKind.REPORTS_TO))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO));
    }

    @Test
    void mayStandInSeveralKindsOfRelationToTheSameBody() {
        fixture.given(bpsEstablished(), new BodyRelationDeclared(BPS, FKU, RelationKind.PREPARES_FOR))
                .when(new DeclareBodyRelation(BPS, FKU, RelationKind.REPORTS_TO))
                .expectEvents(new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO));
    }

    @Test
    void cannotRelateABodyToItself() {
        fixture.given(bpsEstablished())
                .when(new DeclareBodyRelation(BPS, BPS, RelationKind.SERVES))
                .expectException(violationOf("RelationToItselfNotAllowed"))
                .expectExceptionMessage("Et organ kan ikke have en relation til sig selv.")
                .expectNoEvents();
    }

    @Test
    void cannotDeclareTheSameRelationTwice() {
        fixture.given(bpsEstablished(), new BodyRelationDeclared(BPS, FKU, RelationKind.SERVES))
                .when(new DeclareBodyRelation(BPS, FKU, RelationKind.SERVES))
                .expectException(violationOf("RelationAlreadyDeclared"))
                .expectNoEvents();
    }

    @Test
    void cannotRelateToAnUnknownBody() {
        fixture.given(bpsEstablished())
                .when(new DeclareBodyRelation(BPS, BodyId.random(), RelationKind.SERVES))
                .expectException(UnknownReference.class)
                .expectException(unknownReferenceIn("targetBodyId"))
                .expectNoEvents();
    }

    @Test
    void cannotRelateToADissolvedBody() {
        lookup.withDissolvedBody(FKU, date("2025-06-30"));
        fixture.given(bpsEstablished())
                .when(new DeclareBodyRelation(BPS, FKU, RelationKind.SERVES))
                .expectException(violationOf("NoRelationsWithDissolvedBody"))
                .expectExceptionMessage(containsString("peger på, er nedlagt pr. 30. juni 2025"))
                .expectNoEvents();
    }

    @Test
    void aDissolvedBodyDeclaresNoNewRelations() {
        fixture.given(bpsEstablished(), new BodyDissolved(BPS, date("2025-06-30"), "Nedlagt"))
                .when(new DeclareBodyRelation(BPS, FKU, RelationKind.SERVES))
                .expectException(violationOf("NoRelationsWithDissolvedBody"))
                .expectExceptionMessage(containsString("Organet er nedlagt pr. 30. juni 2025"))
                .expectNoEvents();
    }

    @Test
    void cannotReportToABodyThatReportsBackThroughOthers() {
        lookup.withReportsTo(FKU, DHI).withReportsTo(DHI, BPS);
        fixture.given(bpsEstablished())
                .when(new DeclareBodyRelation(BPS, FKU, RelationKind.REPORTS_TO))
                .expectException(violationOf("NoReportsToCycle"))
                .expectExceptionMessage(containsString("ring i organisationen"))
                .expectNoEvents();
    }

    @Test
    void mayPrepareCasesForABodyThatReportsToIt() {
        lookup.withReportsTo(FKU, BPS);
        fixture.given(bpsEstablished())
                .when(new DeclareBodyRelation(BPS, FKU, RelationKind.PREPARES_FOR))
                .expectEvents(new BodyRelationDeclared(BPS, FKU, RelationKind.PREPARES_FOR));
    }
}
