package dk.protokol.web.common;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.query.organisation.RelationLink;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which bodies a person records for, read off the org chart (issue 10: rights that follow the organisation). */
class ViewersTest {

    static final PersonId SOFIE = PersonId.random();
    static final BodyId SECRETARIAT = BodyId.random();
    static final BodyId BPS = BodyId.random();
    static final BodyId SAMARBEJDET = BodyId.random();
    static final BodyId DHI = BodyId.random();

    @Test
    void aSecretaryRecordsForItsBodiesAndThePeopleOfASecretariatForTheBodiesItServes() {
        OrgChart.Node bps = node(BPS, "Boligpolitisk Styregruppe", List.of(
                new OrgChart.Member(SOFIE, "Sofie Sekretær", MemberRole.SECRETARY, null)), List.of());
        OrgChart.Node samarbejdet = node(SAMARBEJDET, "Samarbejdet mellem boligorganisationerne", List.of(), List.of());
        OrgChart.Node dhi = node(DHI, "DHI", List.of(), List.of());
        OrgChart.Node secretariat = node(SECRETARIAT, "Fællessekretariatet", List.of(
                new OrgChart.Member(SOFIE, "Sofie Sekretær", MemberRole.MEMBER, null)), List.of(
                new RelationLink(RelationKind.SERVES, BPS, "Boligpolitisk Styregruppe"),
                new RelationLink(RelationKind.SERVES, SAMARBEJDET, "Samarbejdet mellem boligorganisationerne")));
        OrgChart chart = new OrgChart(LocalDate.of(2026, 12, 1), null,
                List.of(new OrgChart.Organisation("BolivVejle", List.of(bps, samarbejdet, dhi, secretariat))));

        Viewer viewer = Viewers.fromChart("sekretaer", SOFIE.value(), false, false, chart);

        assertThat(viewer.secretaryOf()).extracting(Viewer.MyBody::id)
                .as("BPS once (SECRETARY and served), Samarbejdet (served), not DHI (not served)")
                .containsExactlyInAnyOrder(BPS, SAMARBEJDET);
        assertThat(viewer.secretaryOf()).allMatch(body -> body.organisation().equals("BolivVejle"));
    }

    @Test
    void someoneInNoServingBodyRecordsForNothingServed() {
        OrgChart.Node secretariat = node(SECRETARIAT, "Fællessekretariatet", List.of(),
                List.of(new RelationLink(RelationKind.SERVES, BPS, "Boligpolitisk Styregruppe")));
        OrgChart.Node bps = node(BPS, "Boligpolitisk Styregruppe", List.of(
                new OrgChart.Member(SOFIE, "Sofie Sekretær", MemberRole.MEMBER, null)), List.of());
        OrgChart chart = new OrgChart(LocalDate.of(2026, 12, 1), null,
                List.of(new OrgChart.Organisation("BolivVejle", List.of(bps, secretariat))));

        assertThat(Viewers.fromChart("medlem", SOFIE.value(), false, false, chart).secretaryOf()).isEmpty();
    }

    private static OrgChart.Node node(BodyId id, String name, List<OrgChart.Member> members,
                                      List<RelationLink> relations) {
        return new OrgChart.Node(id, name, BodyKind.FORUM, null, members, relations, List.of());
    }
}
