package dk.protokol.web.review;

import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.web.support.GatewayCommands;
import dk.protokol.events.command.action.CompleteAction;
import dk.protokol.events.command.action.ReportActionProgress;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.meeting.AnswerMinutesComment;
import dk.protokol.events.command.meeting.CommentOnMinutes;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.CommentResolution;
import dk.protokol.events.meeting.MeetingKind;
import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.query.actions.ActionDetail;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.query.actions.ChangeKind;
import dk.protokol.events.query.actions.FindAction;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.events.caller.Callers;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.ContextCallers;
import dk.protokol.web.support.ReadSide;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import dk.protokol.web.support.PageChecks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The chair's page and the member's own actions through Spring MVC and Thymeleaf, with the read side stubbed at
 * the query gateway and the commands captured at the command gateway: what each page shows, the command each
 * button sends, the redirect with {@code minPosition} (read-your-writes) and the Danish message of a refusal,
 * and the accessibility rules a parser can check.
 */
@WebMvcTest
@Import({Queries.class, ReviewPagesTest.FixedClock.class})
@WithMockUser
class ReviewPagesTest {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final BodyId BPS = BodyId.random();
    static final BodyId FKU = BodyId.random();
    static final PersonRef MAYOR = new PersonRef(PersonId.random(), "Birgitte Borgmester");
    static final PersonRef DIRECTOR = new PersonRef(PersonId.random(), "Karsten Kommunaldirektør");
    static final PersonRef SECRETARY = new PersonRef(PersonId.random(), "Sara Sekretær");
    static final MeetingId CIRCULATED = MeetingId.random();
    static final MeetingId APPROVED = MeetingId.random();
    static final ActionId OVERDUE = ActionId.random();
    static final ActionId LATER = ActionId.random();

    @TestConfiguration
    static class FixedClock {
        @Bean
        GatewayCommands commands(CommandGateway commandGateway) {
            return new GatewayCommands(commandGateway, 4711);
        }

        @Bean
        Clock clock() {
            return Clock.fixed(TODAY.atTime(10, 0).atZone(DANISH_TIME).toInstant(), DANISH_TIME);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    QueryGateway queryGateway;
    @MockitoBean
    CommandGateway commandGateway;
    @Autowired
    GatewayCommands commands;
    @MockitoBean
    ReadYourWrites readYourWrites;
    @MockitoBean
    Callers callers;

    private final List<Object> asked = new ArrayList<>();
    /** The person the signed-in caller acts as; the mayor, chair of BPS. */
    private PersonRef me = MAYOR;

    @BeforeEach
    void stubs() {
        commands.forget();
        chairOfTheDay = null;
        commentRound = null;
        ReadSide.answers(queryGateway, asked, ReviewPagesTest::answer);
        when(callers.current()).thenAnswer(call -> ContextCallers.caller(me == null ? null : me.personId()));
        when(readYourWrites.await(any(Long.class), any(String[].class))).thenReturn(true);
    }

    private static Object answer(Object query) {
        if (query instanceof FindOrgChart) {
            // who sits where today: the mayor chairs BPS, the director FKU; the secretary is a member of BPS
            OrgChart.Node fku = new OrgChart.Node(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, DIRECTOR,
                    List.of(new OrgChart.Member(DIRECTOR.personId(), DIRECTOR.name(), MemberRole.CHAIR, null)),
                    List.of(), List.of());
            OrgChart.Node bps = new OrgChart.Node(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, MAYOR,
                    List.of(new OrgChart.Member(MAYOR.personId(), MAYOR.name(), MemberRole.CHAIR, null),
                            new OrgChart.Member(SECRETARY.personId(), SECRETARY.name(), MemberRole.MEMBER, null)),
                    List.of(), List.of(fku));
            return new OrgChart(TODAY, null, List.of(new OrgChart.Organisation("BolivVejle", List.of(bps))));
        } else if (query instanceof FindActions found) {
            BodyRef bps = new BodyRef(BPS, "Boligpolitisk Styregruppe");
            // in list order: the later one first, so that the page has to put the overdue one first
            return List.of(
                    action(LATER, "Sende budgettet til kommunalbestyrelsen", false, TODAY.plusWeeks(3), bps),
                    action(OVERDUE, "Planlægge workshop i Nørremarken", true, TODAY.minusDays(5), bps));
        } else if (query instanceof FindMeetings found) {
            if (!found.bodyId().equals(BPS)) {
                return List.of();
            }
            LocalDateTime start = TODAY.minusWeeks(2).atTime(14, 0);
            return List.of(
                    new MeetingSummary(CIRCULATED, BPS, "Boligpolitisk Styregruppe", "BolivVejle", start,
                            start.plusHours(2), "Rådhuset", MeetingStatus.MINUTES_CIRCULATED, "referat udsendt"),
                    new MeetingSummary(APPROVED, BPS, "Boligpolitisk Styregruppe", "BolivVejle",
                            start.minusMonths(3), start.minusMonths(3).plusHours(2), "Løget Beboerhus",
                            MeetingStatus.MINUTES_APPROVED, "referat godkendt"));
        } else if (query instanceof FindAction found) {
            return new ActionDetail(found.actionId(), "Planlægge workshop i Nørremarken", ActionStatus.OPEN, false,
                    TODAY.minusDays(5), null, SECRETARY, new BodyRef(BPS, "Boligpolitisk Styregruppe"), null,
                    List.of(new ActionDetail.Change(ChangeKind.PROGRESS_REPORTED, Instant.parse("2026-03-10T09:00:00Z"),
                            new ActionDetail.Actor("medlem", SECRETARY.personId(), SECRETARY.name()),
                            "Lokalet er booket", null, null, null, null, null, null)),
                    List.of(new ActionDetail.Progress("Lokalet er booket", Instant.parse("2026-03-10T09:00:00Z"),
                            new ActionDetail.Actor("medlem", SECRETARY.personId(), SECRETARY.name()), null)),
                    TODAY, null);
        } else if (query instanceof FindMinutes found) {
            return circulatedMinutes(found.meetingId());
        } else if (query instanceof FindBody) {
            return new BodyDetail(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null, null,
                    null, 4, null, TODAY.minusYears(2), null, TODAY, true, MAYOR, List.of(
                    new BodyDetail.Member(MAYOR.personId(), MAYOR.name(), MemberRole.CHAIR, null, null, null, null),
                    new BodyDetail.Member(SECRETARY.personId(), SECRETARY.name(), MemberRole.MEMBER, null, null, null,
                            null)), List.of());
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    /** The chair for the day of the circulated BPS meeting; none unless a test says so. The chair sent apologies. */
    static PersonRef chairOfTheDay;

    /** The comment round of the circulated minutes; none unless a test says so. */
    static MinutesView.CommentRound commentRound;
    static final CommentId OPEN_COMMENT = CommentId.random();
    static final AgendaItemId BUDGET_ITEM = AgendaItemId.random();

    private static MinutesView circulatedMinutes(MeetingId meeting) {
        LocalDateTime start = TODAY.minusWeeks(2).atTime(14, 0);
        List<MinutesView.Item> agenda = List.of(new MinutesView.Item(BUDGET_ITEM, 1, "Budget 2027",
                AgendaItemKind.DISCUSSION, "til drøftelse", null, null, false, false, null, null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), null));
        return new MinutesView(meeting, BPS, "Boligpolitisk Styregruppe", "BolivVejle",
                MeetingStatus.MINUTES_CIRCULATED, "referat udsendt", null, start, start.plusHours(2), "Rådhuset",
                List.of(new MinutesView.Attendee(SECRETARY.personId(), SECRETARY.name(), null, null, null, null, null)),
                List.of(new MinutesView.Attendee(MAYOR.personId(), MAYOR.name(), null, null, null, null, null)),
                List.of(), List.of(), null, null, null, null, List.of(), commentRound == null ? List.of() : agenda,
                List.of(), List.of(), null, chairOfTheDay, MeetingKind.ORDINARY, List.of(), commentRound);
    }

    private static MinutesView.CommentRound roundWithAnOpenComment() {
        return new MinutesView.CommentRound(8, TODAY.plusDays(3).atStartOfDay(DANISH_TIME).toInstant(), true, false,
                List.of(new MinutesView.Comment(OPEN_COMMENT, BUDGET_ITEM, 1, SECRETARY,
                        "Punktet gengiver ikke AAB's forbehold.", false, TODAY.minusDays(1).atStartOfDay(DANISH_TIME)
                        .toInstant(), null, null, null, null)));
    }

    private static ActionSummary action(ActionId id, String description, boolean overdue, LocalDate due,
                                        BodyRef body) {
        return new ActionSummary(id, description, ActionStatus.OPEN, overdue, due, null, SECRETARY, body,
                MeetingId.random(), TODAY.minusMonths(1), AgendaItemId.random(), "Workshop", null);
    }

    // ---- the chair

    @Test
    void theChairSeesTheOutstandingActionsOfTheBodiesSheChairsOverdueFirst() throws Exception {
        Document page = render("/formand");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Formand");
        assertThat(page.selectFirst("main").text()).contains("Du er formand for: Boligpolitisk Styregruppe.");
        // only the bodies the caller chairs today are asked for
        assertThat(asked).filteredOn(FindActions.class::isInstance).singleElement()
                .isInstanceOfSatisfying(FindActions.class, query -> {
                    assertThat(query.filter().bodyId()).isEqualTo(BPS);
                    assertThat(query.filter().status()).isEqualTo(ActionStatus.OPEN);
                });
        // only the circulated minutes of those bodies, not their whole history (issue 15)
        assertThat(asked).contains(new FindMeetings(BPS, null, null, java.util.Set.of("MINUTES_CIRCULATED")))
                .noneMatch(query -> query instanceof FindMeetings meetings && FKU.equals(meetings.bodyId()));
        List<Element> rows = page.select("#formand-handlinger tbody tr");
        assertThat(rows).extracting(Element::id).containsExactly("handling-" + OVERDUE, "handling-" + LATER);
        assertThat(rows.get(0).text()).contains("Planlægge workshop i Nørremarken", "Sara Sekretær",
                "5. marts 2026", "overskredet", "Boligpolitisk Styregruppe");
        assertThat(page.selectFirst("#formand-handlinger caption").text())
                .isEqualTo("2 udestående handlinger, heraf 1 overskredne (overskredne først)");
    }

    @Test
    void theChairSeesOnlyCirculatedMinutesEachWithAnApproveButton() throws Exception {
        Document page = render("/formand");
        List<Element> rows = page.select("#formand-referater tbody tr");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo("referat-" + CIRCULATED);
            assertThat(row.text()).contains("24. februar 2026", "Boligpolitisk Styregruppe", "referat udsendt");
        });
        Element form = page.getElementById("godkend-" + CIRCULATED);
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/formand/referater/" + CIRCULATED + "/godkend");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        Element button = page.getElementById("godkend-knap-" + CIRCULATED);
        assertThat(button.text()).isEqualTo("Godkend referatet");
        assertThat(page.getElementById(button.attr("aria-describedby"))).isNotNull();
    }

    @Test
    void approvingSendsApproveMinutesWithTheCallerAsApproverAndRedirectsWithThePosition() throws Exception {
        mvc.perform(post("/formand/referater/{id}/godkend", CIRCULATED).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/formand?minPosition=4711&godkendt=" + CIRCULATED));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new ApproveMinutes(CIRCULATED, MAYOR.personId(), TODAY, null));
        assertThat(commands.positionsOf()).containsExactly(CIRCULATED);
    }

    @Test
    void afterTheApprovalThePageWaitsForThePositionAndShowsTheSavedState() throws Exception {
        Document page = render("/formand?minPosition=4711&godkendt=" + APPROVED);
        verify(readYourWrites).await(eq(4711L), any(String[].class));
        Element saved = page.getElementById("gemt");
        assertThat(saved.attr("role")).isEqualTo("status");
        assertThat(saved.text()).contains("Referatet af mødet i Boligpolitisk Styregruppe den 24. november 2025 er gemt.",
                "Status: referat godkendt.");
        assertThat(saved.selectFirst("a").attr("href")).isEqualTo("/moeder/" + APPROVED);
        assertThat(page.getElementById("fejl")).isNull();
    }

    @Test
    void aRefusedApprovalIsShownOnThePageInDanish() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("MinutesApprovedOnlyAfterCirculation",
                "Referatet kan først godkendes, når det er sendt ud."));
        MvcResult result = mvc.perform(post("/formand/referater/{id}/godkend", CIRCULATED).with(csrf()))
                .andExpect(status().isConflict()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        Element error = page.getElementById("fejl");
        assertThat(error.attr("role")).isEqualTo("alert");
        assertThat(error.text()).isEqualTo("Referatet kan først godkendes, når det er sendt ud.");
        // the page is whole again beneath the message
        assertThat(page.getElementById("godkend-knap-" + CIRCULATED)).isNotNull();
        assertThat(commands.positionsOf()).isEmpty();
    }

    @Test
    void anAccountWithoutAPersonCannotApprove() throws Exception {
        me = null;
        MvcResult result = mvc.perform(post("/formand/referater/{id}/godkend", CIRCULATED).with(csrf()))
                .andExpect(status().isConflict()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.getElementById("fejl").text()).startsWith("Din konto er ikke knyttet til en person");
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/formand/referater/{id}/godkend", CIRCULATED)).andExpect(status().isForbidden());
        verify(commandGateway, never()).sendAndWait(any());
    }

    // ---- the member

    @Test
    void aMemberWhoLedTheMeetingInTheChairsAbsenceFindsItsMinutesToApproveOnTheChairsPage() throws Exception {
        me = SECRETARY;
        assertThat(render("/formand").getElementById("referat-" + CIRCULATED)).as("not the chair for the day")
                .isNull();

        chairOfTheDay = SECRETARY;
        Document chairPage = render("/formand");
        assertThat(chairPage.getElementById("referat-" + CIRCULATED)).isNotNull();
        assertThat(chairPage.getElementById("godkend-knap-" + CIRCULATED)).isNotNull();
        assertThat(chairPage.getElementById("referat-" + APPROVED)).isNull();
        assertThat(chairPage.text()).contains("Som næstformand eller mødeleder godkender du referater");
    }

    @Test
    void theMemberSeesHerOpenActionsOverdueFirstEachWithAProgressFormAndACompleteButton() throws Exception {
        me = SECRETARY;
        Document page = render("/mine-handlinger");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Mine handlinger");
        // besides the page's own query, the header's org chart (the signed-in person's name and menu), once: of the
        // bodies she sits in only (issue 15)
        assertThat(asked).containsOnlyOnce(new FindOrgChart(null, null, null, SECRETARY.personId()));
        assertThat(asked).filteredOn(query -> !(query instanceof FindOrgChart)).singleElement()
                .isInstanceOfSatisfying(FindActions.class, query -> {
                    assertThat(query.filter().ownerId()).isEqualTo(SECRETARY.personId());
                    assertThat(query.filter().status()).isEqualTo(ActionStatus.OPEN);
                });
        assertThat(page.select("article.my-action")).extracting(Element::id)
                .containsExactly("handling-" + OVERDUE, "handling-" + LATER);
        Element first = page.getElementById("handling-" + OVERDUE);
        assertThat(first.selectFirst("h2").text()).isEqualTo("Planlægge workshop i Nørremarken");
        assertThat(first.text()).contains("5. marts 2026", "overskredet", "Boligpolitisk Styregruppe");
        Element progress = page.getElementById("status-" + OVERDUE);
        assertThat(progress.attr("method")).isEqualTo("post");
        assertThat(progress.attr("action")).isEqualTo("/mine-handlinger/" + OVERDUE + "/status");
        assertThat(progress.select("input[name=_csrf]")).hasSize(1);
        assertThat(page.selectFirst("label[for=note-" + OVERDUE + "]").text()).isEqualTo("Status på handlingen");
        assertThat(page.getElementById("meld-status-" + OVERDUE).text()).isEqualTo("Meld status");
        Element complete = page.getElementById("udfoert-" + OVERDUE);
        assertThat(complete.attr("action")).isEqualTo("/mine-handlinger/" + OVERDUE + "/udfoert");
        assertThat(page.getElementById("meld-udfoert-" + OVERDUE).text()).isEqualTo("Meld udført");
    }

    @Test
    void reportingProgressSendsTheNoteAndRedirectsWithThePosition() throws Exception {
        me = SECRETARY;
        mvc.perform(post("/mine-handlinger/{id}/status", OVERDUE).param("note", "  Lokalet er booket ").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/mine-handlinger?minPosition=4711&gemt=status&handling=" + OVERDUE));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new ReportActionProgress(OVERDUE, "Lokalet er booket", null));
        assertThat(commands.positionsOf()).containsExactly(OVERDUE);
    }

    @Test
    void completingSendsCompleteActionForTodayAndRedirectsWithThePosition() throws Exception {
        me = SECRETARY;
        mvc.perform(post("/mine-handlinger/{id}/udfoert", LATER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/mine-handlinger?minPosition=4711&gemt=udfoert&handling=" + LATER));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new CompleteAction(LATER, TODAY, null));
    }

    @Test
    void afterASaveThePageWaitsForThePositionAndShowsTheActionAsItNowStands() throws Exception {
        me = SECRETARY;
        Document page = render("/mine-handlinger?minPosition=4711&gemt=status&handling=" + OVERDUE);
        verify(readYourWrites).await(eq(4711L), any(String[].class));
        assertThat(asked).contains(new FindAction(OVERDUE, null));
        Element saved = page.getElementById("gemt");
        assertThat(saved.attr("role")).isEqualTo("status");
        assertThat(saved.text()).contains("Status på »Planlægge workshop i Nørremarken« er gemt.", "Status: Åben",
                "Seneste status: Lokalet er booket");
    }

    @Test
    void anEmptyNoteIsRefusedInDanishWithoutSendingAnything() throws Exception {
        me = SECRETARY;
        MvcResult result = mvc.perform(post("/mine-handlinger/{id}/status", OVERDUE).param("note", "   ")
                .with(csrf())).andExpect(status().isBadRequest()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.getElementById("fejl").text()).isEqualTo("Skriv, hvordan det går med handlingen.");
        assertThat(page.getElementById("note-" + OVERDUE).attr("aria-invalid")).isEqualTo("true");
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void aRefusedCompletionIsShownOnThePageInDanishAndTheNoteIsKept() throws Exception {
        me = SECRETARY;
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("ActionMustBeOpenToProgress",
                "Handlingen er ikke åben; der kan ikke meldes status på den."));
        MvcResult result = mvc.perform(post("/mine-handlinger/{id}/status", OVERDUE).param("note", "Booket")
                .with(csrf())).andExpect(status().isConflict()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        Element error = page.getElementById("fejl");
        assertThat(error.attr("role")).isEqualTo("alert");
        assertThat(error.text()).isEqualTo("Handlingen er ikke åben; der kan ikke meldes status på den.");
        assertThat(page.getElementById("note-" + OVERDUE).text()).isEqualTo("Booket");
        assertThat(page.getElementById("note-" + LATER).text()).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsNotPassedOffAsARefusal() {
        me = SECRETARY;
        when(commandGateway.sendAndWait(any())).thenThrow(new IllegalStateException("database down"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        mvc.perform(post("/mine-handlinger/{id}/udfoert", LATER).with(csrf())))
                .hasRootCauseInstanceOf(IllegalStateException.class);
    }

    // ---- both pages

    @ParameterizedTest
    @ValueSource(strings = {"/formand", "/mine-handlinger", "/mine-handlinger?gemt=udfoert&handling="})
    void accessibleMarkup(String path) throws Exception {
        me = path.startsWith("/formand") ? MAYOR : SECRETARY;
        Document page = render(path.endsWith("=") ? path + OVERDUE : path);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
        PageChecks.everyControlIsLabelled(page);
        assertThat(page.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
        PageChecks.oneH1AndNoSkippedHeadingLevel(page);
        assertThat(page.select("[style], style")).isEmpty();
        assertThat(page.select("script")).allSatisfy(script -> {
            assertThat(script.attr("src")).isNotBlank();
            assertThat(script.data()).isBlank();
        });
        PageChecks.noInlineHandlers(page);
        assertThat(page.select("button")).allSatisfy(button -> assertThat(button.text()).isNotBlank());
        // ids are unique: the browser tests find the buttons by them
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void theChairPageInEnglish() throws Exception {
        Document page = render("/formand?lang=en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Chair");
        assertThat(page.getElementById("godkend-knap-" + CIRCULATED).text()).isEqualTo("Approve the minutes");
        assertThat(page.select("nav.main-nav a[aria-current=page]").eachAttr("href")).containsExactly("/formand");
    }

    @Test
    void anAccountWithoutAPersonSeesWhyThePagesAreEmpty() throws Exception {
        me = null;
        assertThat(render("/mine-handlinger").selectFirst("main").text())
                .contains("Din konto er ikke knyttet til en person");
        assertThat(render("/formand").selectFirst("main").text()).contains("Din konto er ikke knyttet til en person");
        assertThat(asked).isEmpty();
    }

    // ---- comments on circulated minutes (issue 14)

    @Test
    void aMemberSeesTheObjectionPeriodTheCommentsAndAFormWhileThePeriodRuns() throws Exception {
        commentRound = roundWithAnOpenComment();
        me = SECRETARY;
        Document page = render("/moeder/" + CIRCULATED);
        Element section = page.getElementById("bemaerkninger");
        assertThat(section.selectFirst("h2").text()).isEqualTo("Bemærkninger til referatet");
        assertThat(section.text()).contains("Indsigelsesfrist: 8 dage, til og med 12. marts 2026 kl. 23.59",
                "godkendt stiltiende");
        Element comment = page.getElementById("bemaerkning-" + OPEN_COMMENT);
        assertThat(comment.text()).contains("Sara Sekretær", "Punkt 1:", "Punktet gengiver ikke AAB's forbehold.",
                "Ubesvaret");
        Element form = page.getElementById("ny-bemaerkning");
        assertThat(form.attr("action")).isEqualTo("/moeder/" + CIRCULATED + "/bemaerkninger");
        assertThat(form.select("input[name=_csrf]")).hasSize(1);
        assertThat(form.select("select[name=itemId] option").eachText())
                .containsExactly("Hele referatet", "Punkt 1: Budget 2027");
        assertThat(page.selectFirst("label[for=bemaerkning-tekst]").text()).isEqualTo("Din bemærkning");
        // a member does not answer comments: that is the secretary's
        assertThat(page.select("form.comment-answer")).isEmpty();
    }

    @Test
    void theChairSeesTheOpenCommentsBesideTheApproval() throws Exception {
        commentRound = roundWithAnOpenComment();
        Document page = render("/moeder/" + CIRCULATED);
        assertThat(page.getElementById("godkend-referat").text())
                .contains("Der er 1 ubesvarede bemærkninger til referatet.");
    }

    @Test
    void commentingSendsTheCommandAsTheCallerAtTheClocksMomentAndRedirectsToTheComments() throws Exception {
        commentRound = roundWithAnOpenComment();
        me = SECRETARY;
        mvc.perform(post("/moeder/{id}/bemaerkninger", CIRCULATED).with(csrf())
                        .param("itemId", BUDGET_ITEM.toString()).param("text", "Forbeholdet mangler."))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/moeder/" + CIRCULATED + "?minPosition=4711#bemaerkninger"));
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway).sendAndWait(sent.capture());
        CommentOnMinutes comment = (CommentOnMinutes) sent.getValue();
        assertThat(comment.authorId()).isEqualTo(SECRETARY.personId());
        assertThat(comment.itemId()).isEqualTo(BUDGET_ITEM);
        assertThat(comment.text()).isEqualTo("Forbeholdet mangler.");
        assertThat(comment.madeAt()).isEqualTo(TODAY.atTime(10, 0).atZone(DANISH_TIME).toInstant());
    }

    @Test
    void aRefusedCommentIsShownWithTheApisMessageAndWhatWasTyped() throws Exception {
        commentRound = roundWithAnOpenComment();
        me = SECRETARY;
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("CommentsOnlyWithinTheObjectionPeriod",
                null, "Indsigelsesfristen udløb 12. marts 2026 kl. 23:59, så der kan ikke længere gives bemærkninger "
                + "til referatet."));
        MvcResult result = mvc.perform(post("/moeder/{id}/bemaerkninger", CIRCULATED).with(csrf())
                        .param("text", "Min lange bemærkning"))
                .andExpect(status().isConflict()).andReturn();
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.getElementById("bemaerkning-fejl").text()).startsWith("Indsigelsesfristen udløb");
        assertThat(page.getElementById("bemaerkning-tekst").text()).isEqualTo("Min lange bemærkning");
        // nothing typed is lost, and an empty comment is refused with the API's message, nothing sent
        org.mockito.Mockito.reset(commandGateway);
        MvcResult empty = mvc.perform(post("/moeder/{id}/bemaerkninger", CIRCULATED).with(csrf()).param("text", " "))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(Jsoup.parse(empty.getResponse().getContentAsString()).getElementById("bemaerkning-fejl").text())
                .isEqualTo("Skriv din bemærkning til referatet.");
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void theSecretaryAnswersACommentByNotingIt() throws Exception {
        commentRound = roundWithAnOpenComment();
        mvc.perform(post("/moeder/{id}/bemaerkninger/{c}/svar", CIRCULATED, OPEN_COMMENT).with(csrf())
                        .param("resolution", "NOTED").param("text", "Forbeholdet står under beslutningen."))
                .andExpect(status().is3xxRedirection());
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isEqualTo(new AnswerMinutesComment(CIRCULATED, OPEN_COMMENT,
                CommentResolution.NOTED, "Forbeholdet står under beslutningen."));
    }

    private Document render(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
