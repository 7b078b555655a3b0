package dk.protokol.web.secretary;

import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.meeting.AddJointBody;
import dk.protokol.events.command.meeting.WithdrawJointBody;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.query.organisation.PersonRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A fællesmøde on the secretary's meeting page (issue 10): FKU's meeting held jointly with BPS lists both bodies with
 * their voting members present and quorum; BPS's members are offered for attendance; another body is added, or BPS
 * withdrawn, before the meeting opens; adding a body she does not record for, or one the meeting refuses, keeps the
 * choice and says why beside the field.
 */
class JointMeetingPagesTest extends SecretaryPageTest {

    static final BodyId NETWORK = BodyId.random();
    static final PersonId BO = PersonId.random();

    @BeforeEach
    void scheduled() {
        meetingStatus = MeetingStatus.AGENDA_PUBLISHED;
    }

    @Override
    Object answer(Object query) {
        if (query instanceof FindOrgChart) {
            return new OrgChart(LocalDate.of(2026, 3, 2), null, List.of());
        } else if (query instanceof FindMeetings) {
            return List.of(new MeetingSummary(MEETING, FKU, "FKU", "BolivVejle", START, START.plusHours(2), "Løget",
                    meetingStatus, "planlagt", List.of(new BodyRef(BPS, "Boligpolitisk Styregruppe"))));
        } else if (query instanceof FindMinutes) {
            return minutes();
        } else if (query instanceof FindBody find && find.bodyId().equals(BPS)) {
            return new BodyDetail(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null, null,
                    null, null, null, null, null, START.toLocalDate(), true, null, List.of(
                    new BodyDetail.Member(BO, "Bo Borgmester", MemberRole.CHAIR, "Vejle Kommune", null, null, null)),
                    List.of());
        } else if (query instanceof FindBody) {
            return new BodyDetail(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS, "BPS", null, null, null, null, null,
                    START.toLocalDate(), true, null, List.of(
                    new BodyDetail.Member(KARSTEN, "Karsten Kommunaldirektør", MemberRole.CHAIR, "Vejle Kommune", null, null, null),
                    new BodyDetail.Member(SARA, "Sara Sekretær", MemberRole.SECRETARY, null, null, null, null)), List.of());
        } else if (query instanceof FindBodies) {
            return List.of(new BodySummary(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null, null, null, null),
                    new BodySummary(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS, null, null, null),
                    new BodySummary(NETWORK, "Kvarternetværk Løget", BodyKind.QUARTER_NETWORK, "BolivVejle", null, null, null, null));
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    private MinutesView minutes() {
        MinutesView.Item standing = new MinutesView.Item(STANDING, 1, "Godkendelse af dagsorden og referat",
                AgendaItemKind.DECISION, "til beslutning", null, null, true, false, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of());
        List<MinutesView.HoldingBody> bodies = List.of(
                new MinutesView.HoldingBody(FKU, "FKU", true, List.of(new PersonRef(KARSTEN, "Karsten Kommunaldirektør")),
                        1, null, null),
                new MinutesView.HoldingBody(BPS, "Boligpolitisk Styregruppe", false, List.of(), 0, 3, false));
        return new MinutesView(MEETING, FKU, "FKU", "BolivVejle", meetingStatus, "dagsorden udsendt", null, START,
                START.plusHours(2), "Løget Beboerhus",
                List.of(new MinutesView.Attendee(KARSTEN, "Karsten Kommunaldirektør", null, null, null, null, null)),
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(standing),
                List.of(), List.of(), null, null, dk.protokol.events.meeting.MeetingKind.WORKSHOP, bodies);
    }

    @Test
    void theMeetingPageListsTheBodiesHoldingItAndOffersTheirMembers() throws Exception {
        Document page = render("/sekretaer/moeder/" + MEETING);

        assertThat(page.getElementById("joint-bodies-heading").text()).isEqualTo("Organer, der holder mødet");
        assertThat(page.getElementById("holding-body-" + FKU).text())
                .contains("FKU", "(indkalder mødet)", "1 stemmeberettigede til stede");
        assertThat(page.getElementById("holding-body-" + BPS).text())
                .contains("Boligpolitisk Styregruppe", "(holder mødet med)", "beslutningsdygtigt ved 3",
                        "ikke beslutningsdygtigt");
        // only the joint body is withdrawn; only a body not holding the meeting is offered
        assertThat(page.getElementById("withdraw-joint-body-" + BPS)).isNotNull();
        assertThat(page.getElementById("withdraw-joint-body-" + FKU)).isNull();
        assertThat(page.select("#joint-body-bodyId option").eachAttr("value")).containsExactly("", NETWORK.toString());
        // a case is referred only to a body not holding the meeting
        // the members of both bodies are on the attendance checklist
        assertThat(page.getElementById("attendance-" + BO)).isNotNull();
        assertThat(page.getElementById("attendance-" + KARSTEN)).isNotNull();
    }

    @Test
    void onceTheMeetingHasOpenedTheBodiesAreShownButNotChanged() throws Exception {
        meetingStatus = MeetingStatus.OPEN;
        Document page = render("/sekretaer/moeder/" + MEETING);

        assertThat(page.getElementById("holding-body-" + BPS)).isNotNull();
        assertThat(page.getElementById("joint-body")).isNull();
        assertThat(page.getElementById("withdraw-joint-body-" + BPS)).isNull();
    }

    @Test
    void aBodyIsAddedAndTheSaveIsShown() throws Exception {
        String location = mvc.perform(form("/sekretaer/moeder/" + MEETING + "/faellesmoede")
                        .param("bodyId", NETWORK.toString()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(sent()).isEqualTo(new AddJointBody(MEETING, NETWORK));
        assertThat(location).isEqualTo("/sekretaer/moeder/" + MEETING + "?minPosition=42&saved=joint-body");
        Document saved = render(location);
        assertThat(saved.getElementById("joint-body-saved").text()).isEqualTo("Organet holder nu mødet med.");
    }

    @Test
    void aJointBodyIsWithdrawn() throws Exception {
        mvc.perform(form("/sekretaer/moeder/" + MEETING + "/faellesmoede/" + BPS + "/traek-tilbage"))
                .andExpect(status().is3xxRedirection());

        assertThat(sent()).isEqualTo(new WithdrawJointBody(MEETING, BPS));
    }

    @Test
    void aBodySheDoesNotRecordForIsNotAddedAndNothingIsSent() throws Exception {
        Policy.refusedBodies.add(NETWORK);

        Document page = Jsoup.parse(mvc.perform(form("/sekretaer/moeder/" + MEETING + "/faellesmoede")
                        .param("bodyId", NETWORK.toString()))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString());

        assertThat(page.getElementById("joint-body-error")).isNotNull();
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void aRefusedBodyKeepsTheChoiceWithTheReasonBesideIt() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("JointBodyIsAnotherBody", "bodyId",
                "Organet holder allerede mødet sammen med mødets organ."));

        Document page = Jsoup.parse(mvc.perform(form("/sekretaer/moeder/" + MEETING + "/faellesmoede")
                        .param("bodyId", NETWORK.toString()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());

        assertThat(page.getElementById("joint-body-bodyId-error").text())
                .isEqualTo("Organet holder allerede mødet sammen med mødets organ.");
        assertThat(page.select("#joint-body-bodyId option[selected]").val()).isEqualTo(NETWORK.toString());
        assertThat(page.getElementById("joint-body-bodyId").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void noBodyChosenIsRefusedWithTheCommandsOwnMessage() throws Exception {
        Document page = Jsoup.parse(mvc.perform(form("/sekretaer/moeder/" + MEETING + "/faellesmoede")
                        .param("bodyId", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());

        assertThat(page.getElementById("joint-body-bodyId-error").text())
                .isEqualTo("Vælg det organ, der holder mødet sammen med mødets organ.");
        verify(commandGateway, never()).sendAndWait(any());
    }
}
