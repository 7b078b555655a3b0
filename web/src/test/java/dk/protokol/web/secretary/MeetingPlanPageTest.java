package dk.protokol.web.secretary;

import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.events.query.plan.FindMeetingPlan;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.plan.MeetingPlan;
import dk.protokol.query.plan.MeetingPlanner;
import dk.protokol.events.ids.MeetingId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The year's meeting plan page: the cadence's proposals as editable rows with checkboxes, scheduled in one step,
 * a refusal beside its row with everything typed kept, and nothing sent when any chosen row breaks its limits.
 */
class MeetingPlanPageTest extends SecretaryPageTest {

    static final LocalDateTime FEBRUARY = LocalDateTime.of(2027, 2, 9, 14, 0);
    static final LocalDateTime MAY = LocalDateTime.of(2027, 5, 11, 14, 0);

    List<MeetingSummary> already = List.of();

    @Override
    Object answer(Object query) {
        if (query instanceof FindMeetingPlan plan) {
            assertThat(plan.bodyId()).isEqualTo(FKU);
            return new MeetingPlan(FKU, "Forum for Koordination og Udvikling", plan.year(), 2, List.of(
                    new MeetingPlanner.Proposal(FEBRUARY, FEBRUARY.plusHours(2), "Løget Beboerhus"),
                    new MeetingPlanner.Proposal(MAY, MAY.plusHours(2), "Løget Beboerhus")), already);
        }
        if (query instanceof FindOrgChart) {
            OrgChart.Node fku = new OrgChart.Node(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, null,
                    List.of(new OrgChart.Member(SARA, "Sara Sekretær", MemberRole.SECRETARY, null)), List.of(),
                    List.of());
            return new OrgChart(LocalDate.of(2026, 3, 2), null,
                    List.of(new OrgChart.Organisation("BolivVejle", List.of(fku))));
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    @Test
    void showsTheProposedMeetingsAsChosenEditableRows() throws Exception {
        Document page = render("/sekretaer/moedeplan?bodyId=" + FKU + "&year=2027");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Mødeplan 2027: Forum for Koordination og Udvikling");
        Element form = page.getElementById("meeting-plan");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.selectFirst("input[name=bodyId]").val()).isEqualTo(FKU.toString());
        assertThat(form.selectFirst("input[name=year]").val()).isEqualTo("2027");
        assertThat(form.select("#proposed tbody tr")).hasSize(2);
        assertThat(page.getElementById("plan-0-chosen").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("plan-0-chosen").attr("name")).isEqualTo("meetings[0].chosen");
        assertThat(page.getElementById("plan-1-start").val()).isEqualTo("2027-05-11T14:00");
        assertThat(page.getElementById("plan-1-expectedEnd").val()).isEqualTo("2027-05-11T16:00");
        assertThat(page.getElementById("plan-1-location").val()).isEqualTo("Løget Beboerhus");
        // every input has its label
        for (Element input : form.select("input[type=datetime-local], input[type=text], input[type=checkbox]")) {
            assertThat(page.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
        }
        assertThat(page.getElementById("already-scheduled")).isNull();
        assertThat(page.select("#plan-bodyId option").eachAttr("value")).containsExactly("", FKU.toString());
        assertThat(page.selectFirst("#plan-bodyId option[selected]").val()).isEqualTo(FKU.toString());
    }

    @Test
    void aYearWithMeetingsAlreadyListsThemAndChoosesNothing() throws Exception {
        already = List.of(new MeetingSummary(MeetingId.random(), FKU, "FKU", "BolivVejle", FEBRUARY,
                FEBRUARY.plusHours(2), "Rådhuset", MeetingStatus.SCHEDULED, "planlagt"));

        Document page = render("/sekretaer/moedeplan?bodyId=" + FKU + "&year=2027");

        assertThat(page.select("#already-scheduled li")).hasSize(1);
        assertThat(page.select("#proposed input[type=checkbox][checked]")).isEmpty();
    }

    @Test
    void schedulesTheChosenRowsInOneStepAndShowsThePlanAgain() throws Exception {
        mvc.perform(form("/sekretaer/moedeplan").param("bodyId", FKU.toString()).param("year", "2027")
                        .param("meetings[0].chosen", "true").param("meetings[0].start", "2027-02-09T14:00")
                        .param("meetings[0].expectedEnd", "2027-02-09T16:00").param("meetings[0].location", "Rådhuset")
                        .param("meetings[1].start", "2027-05-11T14:00")
                        .param("meetings[1].expectedEnd", "2027-05-11T16:00").param("meetings[1].location", "Rådhuset")
                        .param("meetings[2].chosen", "true").param("meetings[2].start", "2027-08-10T09:00")
                        .param("meetings[2].expectedEnd", "2027-08-10T11:00").param("meetings[2].location", "Løget"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sekretaer/moedeplan?bodyId=" + FKU
                        + "&year=2027&minPosition=42&saved=meeting-plan"));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway, times(2)).sendAndWait(sent.capture());
        List<ScheduleMeeting> meetings = sent.getAllValues().stream().map(ScheduleMeeting.class::cast).toList();
        assertThat(meetings).extracting(ScheduleMeeting::bodyId).containsOnly(FKU);
        assertThat(meetings).extracting(ScheduleMeeting::start)
                .containsExactly(FEBRUARY, LocalDateTime.of(2027, 8, 10, 9, 0));
        assertThat(meetings).extracting(ScheduleMeeting::location).containsExactly("Rådhuset", "Løget");

        Document saved = Jsoup.parse(mvc.perform(get("/sekretaer/moedeplan?bodyId=" + FKU
                + "&year=2027&minPosition=42&saved=meeting-plan")).andReturn().getResponse().getContentAsString());
        assertThat(saved.getElementById("meeting-plan-saved").text()).isEqualTo("Møderne er planlagt.");
    }

    @Test
    void aRowBreakingItsLimitsRefusesThemAllBesideTheRowAndKeepsWhatWasTyped() throws Exception {
        String html = mvc.perform(form("/sekretaer/moedeplan").param("bodyId", FKU.toString()).param("year", "2027")
                        .param("meetings[0].chosen", "true").param("meetings[0].start", "2027-02-09T14:00")
                        .param("meetings[0].expectedEnd", "2027-02-09T16:00").param("meetings[0].location", "Rådhuset")
                        .param("meetings[1].chosen", "true").param("meetings[1].start", "2028-05-11T14:00")
                        .param("meetings[1].expectedEnd", "2028-05-11T16:00").param("meetings[1].location", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        verify(commandGateway, never()).sendAndWait(any());
        Document page = Jsoup.parse(html);
        Element location = page.getElementById("plan-1-location");
        assertThat(location.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(location.attr("aria-describedby")).text()).isEqualTo("Angiv mødestedet.");
        Element start = page.getElementById("plan-1-start");
        assertThat(start.val()).isEqualTo("2028-05-11T14:00");
        assertThat(page.getElementById(start.attr("aria-describedby")).text()).isEqualTo("Mødet ligger ikke i 2027.");
        assertThat(page.getElementById("plan-0-location").val()).isEqualTo("Rådhuset");
        assertThat(page.getElementById("plan-0-chosen").hasAttr("checked")).isTrue();
    }

    @Test
    void aRuleRefusingOneMeetingIsShownBesideItsRow() throws Exception {
        when(commandGateway.sendAndWait(argThat(command -> command instanceof ScheduleMeeting meeting
                && meeting.start().getMonthValue() == 5)))
                .thenThrow(new RuleViolation("NoMeetingsOfADissolvedBody", "bodyId",
                        "Organet er nedlagt pr. 30. april 2027 og kan ikke holde møder den 11. maj 2027."));

        String html = mvc.perform(form("/sekretaer/moedeplan").param("bodyId", FKU.toString()).param("year", "2027")
                        .param("meetings[0].chosen", "true").param("meetings[0].start", "2027-02-09T14:00")
                        .param("meetings[0].expectedEnd", "2027-02-09T16:00").param("meetings[0].location", "Rådhuset")
                        .param("meetings[1].chosen", "true").param("meetings[1].start", "2027-05-11T14:00")
                        .param("meetings[1].expectedEnd", "2027-05-11T16:00").param("meetings[1].location", "Rådhuset"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        Element chosen = page.getElementById("plan-1-chosen");
        assertThat(chosen.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(chosen.attr("aria-describedby")).text())
                .startsWith("Organet er nedlagt pr. 30. april 2027");
        assertThat(page.getElementById("plan-0-chosen").attr("aria-invalid")).isEmpty();
    }

    @Test
    void nothingChosenIsRefusedForTheFormAndACallerWhoMayNotRecordGets403() throws Exception {
        mvc.perform(form("/sekretaer/moedeplan").param("bodyId", FKU.toString()).param("year", "2027")
                        .param("meetings[0].start", "2027-02-09T14:00"))
                .andExpect(status().isBadRequest());
        Policy.allowed = false;
        mvc.perform(form("/sekretaer/moedeplan").param("bodyId", FKU.toString()).param("year", "2027")
                        .param("meetings[0].chosen", "true").param("meetings[0].start", "2027-02-09T14:00")
                        .param("meetings[0].expectedEnd", "2027-02-09T16:00").param("meetings[0].location", "Rådhuset"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/sekretaer/moedeplan?bodyId=" + FKU)).andExpect(status().isForbidden());
        verify(commandGateway, never()).sendAndWait(any());
    }
}
