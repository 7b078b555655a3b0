package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.RelationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.protokol.events.organisation.MemberRole.CHAIR;
import static dk.protokol.events.organisation.MemberRole.MEMBER;
import static dk.protokol.events.organisation.MemberRole.SECRETARY;
import static dk.protokol.query.organisation.BolivVejle.AAGE;
import static dk.protokol.query.organisation.BolivVejle.BESTYRELSE;
import static dk.protokol.query.organisation.BolivVejle.BORGMESTER;
import static dk.protokol.query.organisation.BolivVejle.BPS;
import static dk.protokol.query.organisation.BolivVejle.DIREKTOER;
import static dk.protokol.query.organisation.BolivVejle.FKU;
import static dk.protokol.query.organisation.BolivVejle.SEKRETAER;
import static dk.protokol.query.organisation.BolivVejle.SEKRETARIAT;
import static dk.protokol.query.organisation.BolivVejle.TEMAGRUPPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OrganisationViewsTest {

    private final OrganisationSnapshot snapshot = BolivVejle.snapshot();

    @Test
    void theListShowsTheBodiesOfThatDayInDanishOrderWithTheirChair() {
        var bodies = OrganisationViews.bodies(snapshot, "BolivVejle", LocalDate.of(2022, 2, 1), false);

        assertThat(bodies).extracting(BodySummary::name, summary -> summary.chair() == null ? null
                        : summary.chair().name())
                .containsExactly(
                        tuple("Boligpolitisk Styregruppe", "Bo Borgmester"),
                        tuple("Forum for Koordination og Udvikling", "Dorte Direktør"),
                        tuple("Fællessekretariatet", null),
                        tuple("Temagruppe Beskæftigelse", null));
    }

    @Test
    void theListLeavesOutDissolvedBodiesUnlessAskedFor() {
        LocalDate on = LocalDate.of(2023, 6, 1);

        assertThat(OrganisationViews.bodies(snapshot, "BolivVejle", on, false))
                .extracting(BodySummary::id).doesNotContain(TEMAGRUPPE);
        assertThat(OrganisationViews.bodies(snapshot, "BolivVejle", on, true))
                .filteredOn(summary -> summary.id().equals(TEMAGRUPPE)).singleElement()
                .satisfies(summary -> assertThat(summary.dissolvedOn()).isEqualTo(BolivVejle.TEMAGRUPPE_DISSOLVED));
    }

    @Test
    void theListWithoutOrganisationShowsEveryPartnership() {
        assertThat(OrganisationViews.bodies(snapshot, null, LocalDate.of(2024, 1, 1), false))
                .extracting(BodySummary::id).containsExactly(BESTYRELSE, BPS, FKU, SEKRETARIAT);
    }

    @Test
    void theBodyShowsItsMembersChairFirstWithNamesAndRelations() {
        BodyDetail fku = OrganisationViews.body(snapshot, FKU, LocalDate.of(2022, 2, 1)).orElseThrow();

        assertThat(fku.parentName()).isEqualTo("Boligpolitisk Styregruppe");
        assertThat(fku.relations()).containsExactly(
                new RelationLink(RelationKind.PREPARES_FOR, BPS, "Boligpolitisk Styregruppe"));

        BodyDetail bps = OrganisationViews.body(snapshot, BPS, LocalDate.of(2021, 12, 31)).orElseThrow();

        assertThat(bps.existsOn()).isTrue();
        assertThat(bps.chair()).isEqualTo(new PersonRef(BORGMESTER, "Bo Borgmester"));
        assertThat(bps.members()).extracting(BodyDetail.Member::name, BodyDetail.Member::role)
                .containsExactly(
                        tuple("Bo Borgmester", CHAIR),
                        tuple("Dorte Direktør", MEMBER),
                        tuple("Åge Ågesen", MEMBER),
                        tuple("Sif Sekretær", SECRETARY));
        assertThat(bps.members()).filteredOn(member -> member.personId().equals(AAGE)).singleElement()
                .satisfies(member -> {
                    assertThat(member.representing()).isEqualTo("AAB");
                    assertThat(member.to()).isEqualTo(LocalDate.of(2021, 12, 31));
                });
    }

    @Test
    void theBodyAfterAChairChangeShowsTheNewChairAndWhoLeft() {
        BodyDetail bps = OrganisationViews.body(snapshot, BPS, BolivVejle.CHAIR_HANDED_OVER).orElseThrow();

        assertThat(bps.chair()).isEqualTo(new PersonRef(DIREKTOER, "Dorte Direktør"));
        assertThat(bps.members()).extracting(BodyDetail.Member::personId, BodyDetail.Member::role,
                        BodyDetail.Member::roleFrom)
                .containsExactly(
                        tuple(DIREKTOER, CHAIR, BolivVejle.CHAIR_HANDED_OVER),
                        tuple(BORGMESTER, MEMBER, BolivVejle.CHAIR_HANDED_OVER),
                        tuple(SEKRETAER, SECRETARY, BolivVejle.START));
    }

    @Test
    void aDissolvedBodyIsStillFoundButHasNoMembers() {
        BodyDetail temagruppe = OrganisationViews.body(snapshot, TEMAGRUPPE, LocalDate.of(2023, 1, 1)).orElseThrow();

        assertThat(temagruppe.existsOn()).isFalse();
        assertThat(temagruppe.members()).isEmpty();
        assertThat(temagruppe.chair()).isNull();
    }

    @Test
    void anUnknownBodyIsNotFound() {
        assertThat(OrganisationViews.body(snapshot, BodyId.random(), LocalDate.of(2022, 1, 1)))
                .isEmpty();
    }

    @Test
    void theOrgChartIsATreePerPartnershipOfTheBodiesOfThatDay() {
        OrgChart chart = OrganisationViews.orgChart(snapshot, null, LocalDate.of(2022, 6, 1), null);

        assertThat(chart.organisations()).extracting(OrgChart.Organisation::organisation)
                .containsExactly("BolivVejle", "ByLivKolding");
        OrgChart.Organisation vejle = chart.organisations().get(0);
        assertThat(vejle.bodies()).extracting(OrgChart.Node::name)
                .containsExactly("Boligpolitisk Styregruppe", "Fællessekretariatet");
        OrgChart.Node bps = vejle.bodies().get(0);
        assertThat(bps.kind()).isEqualTo(BodyKind.STEERING_GROUP);
        assertThat(bps.chair().name()).isEqualTo("Dorte Direktør");
        assertThat(bps.members()).extracting(OrgChart.Member::name, OrgChart.Member::role,
                        OrgChart.Member::representing)
                .containsExactly(
                        tuple("Dorte Direktør", CHAIR, "Vejle Kommune"),
                        tuple("Bo Borgmester", MEMBER, "Vejle Kommune"),
                        tuple("Sif Sekretær", SECRETARY, null));
        OrgChart.Node fku = bps.children().get(0);
        assertThat(fku.id()).isEqualTo(FKU);
        assertThat(fku.children()).extracting(OrgChart.Node::id).containsExactly(TEMAGRUPPE);
        assertThat(vejle.bodies().get(1).relations()).containsExactly(
                new RelationLink(RelationKind.SERVES, BPS, "Boligpolitisk Styregruppe"),
                new RelationLink(RelationKind.SERVES, TEMAGRUPPE, "Temagruppe Beskæftigelse"));
    }

    @Test
    void theOrgChartLeavesOutBodiesAndRelationsNotExistingThatDay() {
        OrgChart chart = OrganisationViews.orgChart(snapshot, "BolivVejle", BolivVejle.TEMAGRUPPE_DISSOLVED, null);

        assertThat(chart.organisations()).singleElement().satisfies(vejle -> {
            assertThat(vejle.bodies().get(0).children()).singleElement()
                    .satisfies(fku -> assertThat(fku.children()).isEmpty());
            assertThat(vejle.bodies().get(1).relations()).extracting(RelationLink::targetId).containsExactly(BPS);
        });
    }

    @Test
    void theOrgChartBeforeAnythingExistedIsEmpty() {
        assertThat(OrganisationViews.orgChart(snapshot, null, LocalDate.of(2019, 12, 31), null).organisations())
                .isEmpty();
    }
}
