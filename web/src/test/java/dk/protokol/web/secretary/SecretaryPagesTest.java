package dk.protokol.web.secretary;

import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.MeetingKind;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.web.support.PageChecks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The secretary's pages with the read side stubbed at the query gateway and the command gateway mocked: each page
 * renders, each form sends its command and redirects with the position, and a refused save keeps what was typed.
 */
class SecretaryPagesTest extends SecretaryPageTest {

    /** The decisions recorded under the budget item; none unless a test says so. */
    List<MinutesView.Decision> budgetDecisions = List.of();

    @Override
    Object answer(Object query) {
        if (query instanceof FindOrgChart) {
            OrgChart.Node fku = new OrgChart.Node(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, null,
                    List.of(new OrgChart.Member(SARA, "Sara Sekretær", MemberRole.SECRETARY, null),
                            new OrgChart.Member(KARSTEN, "Karsten Kommunaldirektør", MemberRole.CHAIR, "Vejle Kommune")),
                    List.of(), List.of());
            OrgChart.Node bps = new OrgChart.Node(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, null,
                    List.of(), List.of(), List.of(fku));
            return new OrgChart(LocalDate.of(2026, 3, 2), null, List.of(new OrgChart.Organisation("BolivVejle", List.of(bps))));
        } else if (query instanceof FindMeetings) {
            return List.of(
                    new MeetingSummary(MEETING, FKU, "FKU", "BolivVejle", START, START.plusHours(2), "Løget Beboerhus",
                            MeetingStatus.SCHEDULED, "planlagt"),
                    new MeetingSummary(MeetingId.random(), FKU, "FKU", "BolivVejle", START.minusMonths(1),
                            null, "Rådhuset", MeetingStatus.CLOSED, "afholdt"));
        } else if (query instanceof FindMinutes) {
            return minutes();
        } else if (query instanceof FindBody) {
            return new BodyDetail(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS, "BPS", null, null, null, null, null,
                    START.toLocalDate(), true, null, List.of(
                    new BodyDetail.Member(KARSTEN, "Karsten Kommunaldirektør", MemberRole.CHAIR, "Vejle Kommune", null, null, null),
                    new BodyDetail.Member(SARA, "Sara Sekretær", MemberRole.SECRETARY, null, null, null, null)), List.of());
        } else if (query instanceof FindBodies) {
            return List.of(new BodySummary(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null, null, null, null),
                    new BodySummary(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS, null, null, null));
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    private MinutesView minutes() {
        MinutesView.Item standing = new MinutesView.Item(STANDING, 1, "Godkendelse af dagsorden og referat",
                AgendaItemKind.INFORMATION, "til orientering", null, null, true, false, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of());
        MinutesView.Item budget = new MinutesView.Item(BUDGET, 2, "Budget 2027", AgendaItemKind.DECISION,
                "til beslutning", "Forslag til budget", null, false, false, null, "Drøftet.", null,
                budgetDecisions, List.of(), List.of(), List.of(), List.of());
        return new MinutesView(MEETING, FKU, "FKU", "BolivVejle", meetingStatus, "i gang", null, START,
                START.plusHours(2), "Løget Beboerhus",
                List.of(new MinutesView.Attendee(KARSTEN, "Karsten Kommunaldirektør", null, null, null, null, null)),
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(standing, budget),
                List.of(), null);
    }

    @Test
    void theDashboardListsMyBodiesComingMeetingsAndMinutesToCirculate() throws Exception {
        Document page = render("/sekretaer");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Sekretær");
        assertThat(page.select("ul.my-bodies li > a:first-child").eachText())
                .containsExactly("BolivVejle: Forum for Koordination og Udvikling");
        // each body leads to its year's meeting plan
        assertThat(page.getElementById("moedeplan-" + FKU).attr("href")).isEqualTo("/sekretaer/moedeplan?bodyId=" + FKU);
        assertThat(page.select("#coming tbody tr")).hasSize(1);
        assertThat(page.selectFirst("#coming tbody a").attr("href")).isEqualTo("/sekretaer/moeder/" + MEETING);
        assertThat(page.select("#to-circulate li")).hasSize(1);
        Element form = page.getElementById("schedule-meeting");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("select[name=bodyId] option").eachAttr("value")).containsExactly("", FKU.toString());
    }

    @Test
    void schedulingSendsTheCommandAndRedirectsWithThePosition() throws Exception {
        String location = mvc.perform(form("/sekretaer/moeder").param("bodyId", FKU.toString())
                        .param("start", "2026-04-01T14:00").param("expectedEnd", "2026-04-01T16:00")
                        .param("location", "Rådhuset"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ScheduleMeeting command = (ScheduleMeeting) sent();
        assertThat(command.bodyId()).isEqualTo(FKU);
        assertThat(command.start()).isEqualTo(LocalDateTime.of(2026, 4, 1, 14, 0));
        assertThat(command.location()).isEqualTo("Rådhuset");
        assertThat(command.kind()).as("no kind chosen: ordinary").isEqualTo(MeetingKind.ORDINARY);
        assertThat(location).isEqualTo("/sekretaer/moeder/" + command.meetingId() + "?minPosition=42");
    }

    @Test
    void aWorkshopIsScheduledFromTheDashboard() throws Exception {
        Document page = render("/sekretaer");
        assertThat(page.select("#schedule-kind option").eachAttr("value"))
                .containsExactly("ORDINARY", "EXTRAORDINARY", "WORKSHOP", "SEMINAR", "DIALOGUE");
        assertThat(page.select("#schedule-kind option[selected]").val()).isEqualTo("ORDINARY");
        mvc.perform(form("/sekretaer/moeder").param("bodyId", FKU.toString()).param("kind", "WORKSHOP")
                        .param("start", "2026-04-01T09:00").param("expectedEnd", "2026-04-01T15:00")
                        .param("location", "Løget Beboerhus"))
                .andExpect(status().is3xxRedirection());
        assertThat(((ScheduleMeeting) sent()).kind()).isEqualTo(MeetingKind.WORKSHOP);
    }

    @Test
    void aRuleViolationKeepsWhatWasTypedAndShowsTheMessageBesideTheField() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("ExpectedEndAfterStart", "expectedEnd",
                "Det forventede sluttidspunkt skal ligge efter mødets start."));
        String html = mvc.perform(form("/sekretaer/moeder").param("bodyId", FKU.toString())
                        .param("start", "2026-04-01T14:00").param("expectedEnd", "2026-04-01T13:00")
                        .param("location", "Rådhuset"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        Element end = page.getElementById("schedule-expectedEnd");
        assertThat(end.val()).isEqualTo("2026-04-01T13:00");
        assertThat(end.attr("aria-invalid")).isEqualTo("true");
        Element error = page.getElementById(end.attr("aria-describedby"));
        assertThat(error.text()).isEqualTo("Det forventede sluttidspunkt skal ligge efter mødets start.");
        assertThat(error.attr("role")).isEqualTo("alert");
        assertThat(page.getElementById("schedule-start").val()).isEqualTo("2026-04-01T14:00");
        assertThat(page.getElementById("schedule-location").val()).isEqualTo("Rådhuset");
        assertThat(page.select("#schedule-bodyId option[selected]").val()).isEqualTo(FKU.toString());
    }

    /** The page refuses what the API refuses, with the API's Danish message, and sends nothing (issue 9). */
    @Test
    void anHourThatDoesNotExistInCopenhagenIsRefusedWithTheApisMessage() throws Exception {
        // 02:30 on the last Sunday of March 2026 is skipped when summer time begins
        String html = mvc.perform(form("/sekretaer/moeder").param("bodyId", FKU.toString())
                        .param("start", "2026-03-29T02:30").param("expectedEnd", "2026-03-29T04:00")
                        .param("location", "Rådhuset"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        Document page = Jsoup.parse(html);
        Element start = page.getElementById("schedule-start");
        assertThat(start.val()).isEqualTo("2026-03-29T02:30");
        assertThat(page.getElementById(start.attr("aria-describedby")).text())
                .isEqualTo("Tidspunktet findes ikke i dansk tid (det springes over, når sommertiden begynder).");
    }

    @Test
    void aMeetingWithoutABodyIsRefusedForTheMissingBodyNotForAccess() throws Exception {
        Policy.allowed = false; // whatever the caller may do elsewhere, no body chosen is the thing to mend
        String html = mvc.perform(form("/sekretaer/moeder").param("bodyId", "")
                        .param("start", "2026-04-01T14:00").param("expectedEnd", "2026-04-01T16:00")
                        .param("location", "Rådhuset"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        Element body = Jsoup.parse(html).getElementById("schedule-bodyId");
        assertThat(Jsoup.parse(html).getElementById(body.attr("aria-describedby")).text())
                .isEqualTo("Vælg det organ, der holder mødet.");
    }

    @Test
    void aDecisionTextOverTheApisLimitIsRefusedWithTheApisMessage() throws Exception {
        String tooLong = "x".repeat(20_001);
        String html = mvc.perform(form("/sekretaer/moeder/" + MEETING + "/punkter/" + BUDGET + "/beslutninger")
                        .param("text", tooLong).param("outcome", "ADOPTED"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        Document page = Jsoup.parse(html);
        Element text = page.getElementById("decision-" + BUDGET + "-text");
        assertThat(text.text()).isEqualTo(tooLong);
        assertThat(page.getElementById(text.attr("aria-describedby")).text())
                .isEqualTo("Beslutningen må højst være 20.000 tegn.");
    }

    @Test
    void votesOverTheApisLimitAreRefusedWithTheApisMessage() throws Exception {
        String html = mvc.perform(form("/sekretaer/moeder/" + MEETING + "/punkter/" + BUDGET + "/beslutninger")
                        .param("text", "Forslaget vedtages.").param("outcome", "ADOPTED")
                        .param("votesFor", "1001").param("votesAgainst", "2"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        Document page = Jsoup.parse(html);
        Element votes = page.getElementById("decision-" + BUDGET + "-votesFor");
        assertThat(votes.val()).isEqualTo("1001");
        assertThat(page.getElementById(votes.attr("aria-describedby")).text())
                .isEqualTo("Stemmer for kan højst være 1000.");
        assertThat(page.getElementById("decision-" + BUDGET + "-votesAgainst").val()).isEqualTo("2");
    }

    @Test
    void aMissingFieldIsRefusedWithoutSending() throws Exception {
        String html = mvc.perform(form("/sekretaer/moeder/" + MEETING + "/punkter").param("title", "")
                        .param("kind", "DECISION").param("description", "Noget at beslutte"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("add-item-title-error").text()).isEqualTo("Punktets titel skal udfyldes.");
        assertThat(page.getElementById("add-item-description").text()).isEqualTo("Noget at beslutte");
        assertThat(page.selectFirst("#add-item input[name=kind][checked]").val()).isEqualTo("DECISION");
    }

    @Test
    void aRefusedCallerGets403AndKeepsTheText() throws Exception {
        Policy.allowed = false;
        String html = mvc.perform(form("/sekretaer/moeder/" + MEETING + "/punkter/" + BUDGET + "/referat")
                        .param("text", "Et langt referat"))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("notes-" + BUDGET + "-text").text()).isEqualTo("Et langt referat");
        assertThat(page.getElementById("notes-" + BUDGET + "-error").text())
                .isEqualTo("Du har ikke adgang til at registrere for dette organ.");
    }

    @Test
    void theMeetingPageShowsAgendaAttendanceAndItemForms() throws Exception {
        Document page = render("/sekretaer/moeder/" + MEETING + "?minPosition=42");
        verify(readYourWrites).await(42L, "minutes", "actions");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Møde: FKU, 2. marts 2026");
        assertThat(page.select("#close-meeting button").text()).isEqualTo("Luk mødet");
        assertThat(page.getElementById("attendance-" + KARSTEN).selectFirst("input[value=PRESENT]").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("notes-" + BUDGET + "-text").text()).isEqualTo("Drøftet.");
        assertThat(page.getElementById("decision-" + BUDGET)).isNotNull();
        assertThat(page.getElementById("decision-" + STANDING)).isNull();
        assertThat(page.select("#action-" + BUDGET + " select[name=ownerId] option")).hasSize(3);
        assertThat(page.select("#referral-" + BUDGET + " select[name=targetBodyId] option").eachText())
                .containsExactly("Vælg", "Boligpolitisk Styregruppe");
    }

    @Test
    void theAgendaBuilderMovesItemsAndPublishes() throws Exception {
        meetingStatus = MeetingStatus.SCHEDULED;
        Document page = render("/sekretaer/moeder/" + MEETING);
        assertThat(page.select("#publish-agenda button").text()).isEqualTo("Udsend dagsorden");
        assertThat(page.select("#add-item button").text()).isEqualTo("Tilføj punkt");
        assertThat(page.select("button.move-up[form=reorder-agenda]").attr("value")).isEqualTo(BUDGET + "," + STANDING);
        mvc.perform(form("/sekretaer/moeder/" + MEETING + "/raekkefoelge").param("order", BUDGET + "," + STANDING))
                .andExpect(redirectedUrl("/sekretaer/moeder/" + MEETING + "?minPosition=42&saved=reorder-agenda"));
        assertThat(sent()).isEqualTo(new dk.protokol.events.command.meeting.ReorderAgenda(MEETING, List.of(BUDGET, STANDING)));
    }

    @Test
    void addingAnItemSendsItsFields() throws Exception {
        mvc.perform(form("/sekretaer/moeder/" + MEETING + "/punkter").param("title", "Budget")
                        .param("kind", "DISCUSSION").param("description", ""))
                .andExpect(redirectedUrl("/sekretaer/moeder/" + MEETING + "?minPosition=42&saved=add-item"));
        AddAgendaItem command = (AddAgendaItem) sent();
        assertThat(command.meetingId()).isEqualTo(MEETING);
        assertThat(command.title()).isEqualTo("Budget");
        assertThat(command.kind()).isEqualTo(AgendaItemKind.DISCUSSION);
        assertThat(command.description()).isNull();
    }

    @Test
    void aDecisionWithVotesAndAnActionAreSent() throws Exception {
        mvc.perform(form("/sekretaer/moeder/" + MEETING + "/punkter/" + BUDGET + "/beslutninger")
                        .param("text", "Budgettet godkendes.").param("outcome", "ADOPTED")
                        .param("recommendation", "At budgettet godkendes").param("votesFor", "7")
                        .param("votesAgainst", "1").param("abstentions", ""))
                .andExpect(redirectedUrl("/sekretaer/moeder/" + MEETING + "?minPosition=42&saved=decision-" + BUDGET));
        RecordDecision decision = (RecordDecision) sent();
        assertThat(decision.itemId()).isEqualTo(BUDGET);
        assertThat(decision.outcome()).isEqualTo(DecisionOutcome.ADOPTED);
        assertThat(decision.votesFor()).isEqualTo(7);
        assertThat(decision.votesAgainst()).isEqualTo(1);
        assertThat(decision.abstentions()).isNull();
    }

    @Test
    void anActionIsAgreedWithOwnerAndDueDate() throws Exception {
        mvc.perform(form("/sekretaer/moeder/" + MEETING + "/punkter/" + BUDGET + "/handlinger")
                        .param("description", "Send budgettet til BPS").param("ownerId", SARA.toString())
                        .param("dueDate", "2026-03-16"))
                .andExpect(redirectedUrl("/sekretaer/moeder/" + MEETING + "?minPosition=42&saved=action-" + BUDGET));
        AgreeAction action = (AgreeAction) sent();
        assertThat(action.ownerId()).isEqualTo(SARA);
        assertThat(action.dueDate()).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void attendanceOfAMemberAndOfASubstitute() throws Exception {
        mvc.perform(form("/sekretaer/moeder/" + MEETING + "/fremmoede").param("personId", KARSTEN.toString())
                .param("status", "APOLOGIES")).andExpect(status().is3xxRedirection());
        mvc.perform(form("/sekretaer/moeder/" + MEETING + "/fremmoede").param("form", "attendance-other")
                .param("personId", SARA.toString()).param("substituteFor", KARSTEN.toString()))
                .andExpect(status().is3xxRedirection());
        ArgumentCaptor<Object> commands = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway, org.mockito.Mockito.times(2)).sendAndWait(commands.capture());
        assertThat(commands.getAllValues()).containsExactly(
                new dk.protokol.events.command.meeting.RecordAttendance(MEETING, KARSTEN,
                        dk.protokol.events.meeting.AttendanceStatus.APOLOGIES, null, null, null, null),
                new dk.protokol.events.command.meeting.RecordAttendance(MEETING, SARA,
                        dk.protokol.events.meeting.AttendanceStatus.PRESENT, KARSTEN, null, null, null));
    }

    @Test
    void everyControlIsLabelledAndNothingIsInline() throws Exception {
        List<Document> pages = new ArrayList<>();
        pages.add(render("/sekretaer"));
        pages.add(render("/sekretaer/moeder/" + MEETING));
        meetingStatus = MeetingStatus.SCHEDULED;
        pages.add(render("/sekretaer/moeder/" + MEETING));
        for (Document page : pages) {
            for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
                assertThat(control.id()).as("%s has an id", control).isNotEmpty();
                assertThat(page.select("label[for=" + control.id() + "]")).as("label for #%s", control.id()).hasSize(1);
                if (control.attr("type").equals("radio")) {
                    assertThat(control.closest("fieldset").selectFirst("legend").text()).isNotBlank();
                }
            }
            assertThat(page.select("form[method=post]")).allSatisfy(form ->
                    assertThat(form.select("input[name=_csrf]")).hasSize(1));
            assertThat(page.select("[style], style")).isEmpty();
            assertThat(page.select("script")).allSatisfy(script -> assertThat(script.data()).isBlank());
            PageChecks.noInlineHandlers(page);
            assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
            PageChecks.oneH1AndNoSkippedHeadingLevel(page);
        }
    }

    @Test
    void theDashboardSpeaksEnglishOnRequest() throws Exception {
        Document page = render("/sekretaer?lang=en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Secretary");
        assertThat(page.select("#schedule-meeting button").text()).isEqualTo("Schedule the meeting");
    }

    @Test
    void theMeetingPageNamesKindsAndOutcomesInThePagesLanguage() throws Exception {
        // the read side's labels are Danish: the page must use its own words
        budgetDecisions = List.of(new MinutesView.Decision(DecisionId.random(), "Budgettet godkendes.",
                DecisionOutcome.ADOPTED, "vedtaget", null, null, false, List.of()));
        Document danish = render("/sekretaer/moeder/" + MEETING);
        assertThat(danish.select("#agenda-item-" + BUDGET + " .item-kind").text()).isEqualTo("(til beslutning)");
        assertThat(danish.select("#agenda-item-" + STANDING + " .item-kind").text()).isEqualTo("(til orientering)");
        assertThat(danish.select("#item-" + BUDGET + "-about .item-kind").text()).isEqualTo("(til beslutning)");
        assertThat(danish.select("#item-" + BUDGET + "-recorded p.decision").text())
                .isEqualTo("Beslutning: Budgettet godkendes. (vedtaget)");

        Document english = render("/sekretaer/moeder/" + MEETING + "?lang=en");
        assertThat(english.select("#agenda-item-" + BUDGET + " .item-kind").text()).isEqualTo("(for decision)");
        assertThat(english.select("#agenda-item-" + STANDING + " .item-kind").text()).isEqualTo("(for information)");
        assertThat(english.select("#item-" + BUDGET + "-about .item-kind").text()).isEqualTo("(for decision)");
        assertThat(english.select("#item-" + BUDGET + "-recorded p.decision").text())
                .isEqualTo("Decision: Budgettet godkendes. (adopted)");
    }
}
