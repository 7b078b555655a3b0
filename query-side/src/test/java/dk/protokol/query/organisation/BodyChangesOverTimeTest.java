package dk.protokol.query.organisation;

import dk.protokol.events.organisation.BodyCadenceChanged;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.BodyMandateChanged;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.BodyRenamed;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.organisation.SuccessorBodyNamed;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import static dk.protokol.query.organisation.BolivVejle.BPS;
import static dk.protokol.query.organisation.BolivVejle.FKU;
import static dk.protokol.query.organisation.BolivVejle.TEMAGRUPPE;
import static org.assertj.core.api.Assertions.assertThat;

/** A body's name, mandate, cadence, quorum, relations and successor as they stood on a date. */
class BodyChangesOverTimeTest {

    private static final LocalDate RENAMED = LocalDate.of(2022, 1, 1);
    private static final LocalDate ENDED = LocalDate.of(2022, 6, 1);
    private static final LocalDate DECLARED_AGAIN = LocalDate.of(2023, 1, 1);
    private static final LocalDate ENDED_AGAIN = LocalDate.of(2024, 1, 1);

    /** BolivVejle, with FKU renamed, its mandate, cadence and quorum changed and its relation to BPS ended. */
    private final OrganisationSnapshot snapshot = changed(BolivVejle.snapshot());

    private static OrganisationSnapshot changed(OrganisationSnapshot before) {
        Map<BodyId, BodyView> bodies = new HashMap<>(before.bodies());
        BodyView fku = bodies.get(FKU);
        for (var event : new BodyEvent[] {
                new BodyRenamed(FKU, "Forum for Udvikling", RENAMED),
                new BodyMandateChanged(FKU, "Forbereder sager", RENAMED),
                new BodyCadenceChanged(FKU, 6, RENAMED),
                new BodyQuorumChanged(FKU, 3, RENAMED),
                new BodyRelationEnded(FKU, BPS, RelationKind.PREPARES_FOR, ENDED)}) {
            fku = BodyFold.apply(fku, event);
        }
        bodies.put(FKU, fku);
        BodyView temagruppe = BodyFold.apply(bodies.get(TEMAGRUPPE),
                new SuccessorBodyNamed(TEMAGRUPPE, FKU, BolivVejle.TEMAGRUPPE_DISSOLVED));
        bodies.put(TEMAGRUPPE, temagruppe);
        return new OrganisationSnapshot(bodies, before.people());
    }

    @Test
    void theBodyShowsTheNameMandateCadenceAndQuorumOfTheDay() {
        BodyDetail before = OrganisationViews.body(snapshot, FKU, RENAMED.minusDays(1)).orElseThrow();
        BodyDetail after = OrganisationViews.body(snapshot, FKU, RENAMED).orElseThrow();

        assertThat(before.name()).isEqualTo("Forum for Koordination og Udvikling");
        assertThat(after.name()).isEqualTo("Forum for Udvikling");
        assertThat(after.mandate()).isEqualTo("Forbereder sager");
        assertThat(after.meetingsPerYear()).isEqualTo(6);
        assertThat(after.quorum()).isEqualTo(3);
        assertThat(before.quorum()).isNull();
        assertThat(snapshot.bodies().get(FKU).name()).as("the latest name names the body elsewhere")
                .isEqualTo("Forum for Udvikling");
    }

    @Test
    void theOrgChartShowsTheNameAndRelationsOfTheDay() {
        OrgChart.Node before = fkuIn(OrganisationViews.orgChart(snapshot, "BolivVejle", ENDED.minusDays(1), null));
        OrgChart.Node after = fkuIn(OrganisationViews.orgChart(snapshot, "BolivVejle", ENDED, null));

        assertThat(before.name()).isEqualTo("Forum for Udvikling");
        assertThat(before.relations()).containsExactly(
                new RelationLink(RelationKind.PREPARES_FOR, BPS, "Boligpolitisk Styregruppe"));
        assertThat(after.relations()).isEmpty();
        assertThat(fkuIn(OrganisationViews.orgChart(snapshot, "BolivVejle", RENAMED.minusDays(1), null)).name())
                .isEqualTo("Forum for Koordination og Udvikling");
    }

    @Test
    void aDissolvedBodyNamesItsSuccessor() {
        BodyDetail temagruppe = OrganisationViews.body(snapshot, TEMAGRUPPE, BolivVejle.TEMAGRUPPE_DISSOLVED)
                .orElseThrow();

        assertThat(temagruppe.successor()).isEqualTo(new BodyRef(FKU, "Forum for Udvikling"));
        assertThat(temagruppe.successorFrom()).isEqualTo(BolivVejle.TEMAGRUPPE_DISSOLVED);
    }

    @Test
    void anEndedRelationStaysInTheHistoryAndANewDeclarationOfItIsKeptApart() {
        BodyView fku = snapshot.bodies().get(FKU);

        assertThat(fku.relations()).containsExactly(new BodyRelation(RelationKind.PREPARES_FOR, BPS, ENDED));
        assertThat(BodyFold.apply(fku, new BodyRelationDeclared(FKU, BPS, RelationKind.PREPARES_FOR, DECLARED_AGAIN))
                .relations()).containsExactly(new BodyRelation(RelationKind.PREPARES_FOR, BPS, null, ENDED),
                new BodyRelation(RelationKind.PREPARES_FOR, BPS, DECLARED_AGAIN, null));
    }

    @Test
    void aRelationDeclaredAgainHoldsOnTheDaysOfEachOfItsPeriods() {
        BodyView fku = snapshot.bodies().get(FKU);
        for (BodyEvent event : new BodyEvent[] {
                new BodyRelationDeclared(FKU, BPS, RelationKind.PREPARES_FOR, DECLARED_AGAIN),
                new BodyRelationEnded(FKU, BPS, RelationKind.PREPARES_FOR, ENDED_AGAIN),
                new BodyRelationDeclared(FKU, BPS, RelationKind.PREPARES_FOR, ENDED_AGAIN.plusMonths(1))}) {
            fku = BodyFold.apply(fku, event);
        }

        assertThat(fku.relations()).containsExactly(new BodyRelation(RelationKind.PREPARES_FOR, BPS, null, ENDED),
                new BodyRelation(RelationKind.PREPARES_FOR, BPS, DECLARED_AGAIN, ENDED_AGAIN),
                new BodyRelation(RelationKind.PREPARES_FOR, BPS, ENDED_AGAIN.plusMonths(1), null));
        assertThat(OnDate.relations(fku, BolivVejle.START)).containsExactly(
                new BodyRelation(RelationKind.PREPARES_FOR, BPS, null, ENDED));
        assertThat(OnDate.relations(fku, ENDED)).as("ended, not yet declared again").isEmpty();
        assertThat(OnDate.relations(fku, DECLARED_AGAIN.minusDays(1))).isEmpty();
        assertThat(OnDate.relations(fku, DECLARED_AGAIN)).containsExactly(
                new BodyRelation(RelationKind.PREPARES_FOR, BPS, DECLARED_AGAIN, ENDED_AGAIN));
        assertThat(OnDate.relations(fku, ENDED_AGAIN.minusDays(1))).hasSize(1);
        assertThat(OnDate.relations(fku, ENDED_AGAIN)).isEmpty();
        assertThat(OnDate.relations(fku, ENDED_AGAIN.plusMonths(1))).containsExactly(
                new BodyRelation(RelationKind.PREPARES_FOR, BPS, ENDED_AGAIN.plusMonths(1), null));
        assertThat(OnDate.relations(fku, LocalDate.of(2030, 1, 1))).hasSize(1);
    }

    @Test
    void theOrgChartShowsARelationDeclaredAgainFromItsDay() {
        Map<BodyId, BodyView> bodies = new HashMap<>(snapshot.bodies());
        bodies.put(FKU, BodyFold.apply(bodies.get(FKU),
                new BodyRelationDeclared(FKU, BPS, RelationKind.PREPARES_FOR, DECLARED_AGAIN)));
        OrganisationSnapshot declaredAgain = new OrganisationSnapshot(bodies, snapshot.people());

        assertThat(fkuIn(OrganisationViews.orgChart(declaredAgain, "BolivVejle", DECLARED_AGAIN.minusDays(1), null))
                .relations()).isEmpty();
        assertThat(fkuIn(OrganisationViews.orgChart(declaredAgain, "BolivVejle", DECLARED_AGAIN, null)).relations())
                .containsExactly(new RelationLink(RelationKind.PREPARES_FOR, BPS, "Boligpolitisk Styregruppe"));
        assertThat(OrganisationViews.body(declaredAgain, FKU, ENDED.minusDays(1)).orElseThrow().relations())
                .hasSize(1);
    }

    @Test
    void aSecondDeclarationWhileTheRelationHoldsChangesNothing() {
        BodyView fku = BodyFold.apply(snapshot.bodies().get(FKU),
                new BodyRelationDeclared(FKU, BPS, RelationKind.PREPARES_FOR, DECLARED_AGAIN));

        assertThat(BodyFold.apply(fku, new BodyRelationDeclared(FKU, BPS, RelationKind.PREPARES_FOR,
                DECLARED_AGAIN.plusDays(1)))).isEqualTo(fku);
    }

    @Test
    void aChangeFromAnEarlierDayIsPutInDateOrderAndTheLatestDateNamesTheBody() {
        BodyView fku = BodyFold.apply(snapshot.bodies().get(FKU),
                new BodyRenamed(FKU, "FKU", LocalDate.of(2021, 6, 1)));

        assertThat(fku.name()).isEqualTo("Forum for Udvikling");
        assertThat(OnDate.name(fku, LocalDate.of(2021, 7, 1))).isEqualTo("FKU");
        assertThat(OnDate.name(fku, BolivVejle.START.minusDays(1))).isEqualTo("Forum for Koordination og Udvikling");
    }

    @Test
    void aViewStoredBeforeValuesHadDatesAnswersWithItsOwnValues() {
        BodyView old = new BodyView(FKU, "FKU", null, "BolivVejle", null, "Kommissorium", 4, 2, null, null,
                null, null);

        assertThat(OnDate.name(old, RENAMED)).isEqualTo("FKU");
        assertThat(OnDate.quorum(old, RENAMED)).isEqualTo(2);
        assertThat(BodyFold.apply(old, new BodyDissolved(FKU, RENAMED, "Nedlagt")).dissolvedOn()).isEqualTo(RENAMED);
    }

    private static OrgChart.Node fkuIn(OrgChart chart) {
        return chart.organisations().get(0).bodies().stream()
                .flatMap(node -> Stream.concat(Stream.of(node), node.children().stream()))
                .filter(node -> node.id().equals(FKU))
                .findFirst().orElseThrow();
    }
}
