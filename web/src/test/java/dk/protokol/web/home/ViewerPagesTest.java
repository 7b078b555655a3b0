package dk.protokol.web.home;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.words.Words;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.events.caller.Callers;
import dk.protokol.query.common.NotFound;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MeetingSummary;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.ContextCallers;
import dk.protokol.web.support.ReadSide;
import org.axonframework.queryhandling.QueryGateway;
import dk.protokol.web.support.PageChecks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who is signed in, through Spring MVC and Thymeleaf with the read side stubbed at the query gateway: the header's
 * name and "Log ud" form, the menu each combination of roles gets (per-body roles from today's org chart, global
 * roles from the account's authorities), and the front page's "Dit arbejde" with what waits on each role's page.
 */
@WebMvcTest
@Import(Queries.class)
class ViewerPagesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final BodyId BPS = BodyId.random();
    static final BodyId FKU = BodyId.random();
    static final PersonRef SARA = new PersonRef(PersonId.random(), "Sara Sekretær");
    static final PersonRef MAYOR = new PersonRef(PersonId.random(), "Birgitte Borgmester");
    static final PersonRef DIRECTOR = new PersonRef(PersonId.random(), "Karsten Kommunaldirektør");
    static final PersonRef GRETHE = new PersonRef(PersonId.random(), "Grethe Uldall Holm");
    static final List<String> EVERYONES = List.of("Forside", "Organisation", "Møder", "Beslutninger", "Handlinger");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway gateway;
    @MockitoBean
    Callers callers;

    /** The queries the request asked, in order. */
    private final List<Object> asked = new ArrayList<>();
    /** The person the signed-in account acts as; null: not linked. */
    private PersonRef me;
    /** The read side does not answer the org chart. */
    private boolean chartFails;

    @BeforeEach
    void stubs() {
        when(callers.current()).thenAnswer(call -> ContextCallers.caller(me == null ? null : me.personId()));
        ReadSide.answers(gateway, asked, RuntimeException.class, this::answer);
    }

    /**
     * Today's BolivVejle: the mayor chairs BPS and the director FKU; Sara is SECRETARY of both; Grethe is a member
     * of BPS. BPS has circulated minutes waiting and a coming meeting; FKU a held meeting to circulate and a coming
     * one. Grethe owns two open actions, one overdue; BPS has one overdue action.
     */
    private Object answer(Object query) {
        if (query instanceof FindOrgChart) {
            if (chartFails) {
                throw new IllegalStateException("the read side is down");
            }
            OrgChart.Node fku = new OrgChart.Node(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, DIRECTOR,
                    List.of(member(DIRECTOR, MemberRole.CHAIR), member(SARA, MemberRole.SECRETARY)),
                    List.of(), List.of());
            OrgChart.Node bps = new OrgChart.Node(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, MAYOR,
                    List.of(member(MAYOR, MemberRole.CHAIR), member(GRETHE, MemberRole.MEMBER),
                            member(SARA, MemberRole.SECRETARY)),
                    List.of(), List.of(fku));
            return new OrgChart(TODAY, null, List.of(new OrgChart.Organisation("BolivVejle", List.of(bps))));
        } else if (query instanceof FindMeetings found) {
            return found.bodyId().equals(BPS)
                    ? List.of(meeting(BPS, MeetingStatus.MINUTES_CIRCULATED, -14), meeting(BPS, MeetingStatus.SCHEDULED, 7),
                    meeting(BPS, MeetingStatus.MINUTES_APPROVED, -90))
                    : List.of(meeting(FKU, MeetingStatus.CLOSED, -2), meeting(FKU, MeetingStatus.AGENDA_PUBLISHED, 3));
        } else if (query instanceof FindActions found) {
            if (GRETHE.personId().equals(found.filter().ownerId())) {
                return List.of(action(GRETHE, true), action(GRETHE, false));
            } else if (found.filter().ownerId() != null) {
                return List.of();
            }
            return BPS.equals(found.filter().bodyId()) ? List.of(action(GRETHE, true)) : List.of();
        } else if (query instanceof FindMinutes found) {
            throw new NotFound("Mødet findes ikke: " + found.meetingId());
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    private static OrgChart.Member member(PersonRef person, MemberRole role) {
        return new OrgChart.Member(person.personId(), person.name(), role, null);
    }

    private static MeetingSummary meeting(BodyId body, MeetingStatus status, int days) {
        LocalDateTime start = TODAY.plusDays(days).atTime(14, 0);
        return new MeetingSummary(MeetingId.random(), body, body.equals(BPS) ? "Boligpolitisk Styregruppe" : "FKU",
                "BolivVejle", start, start.plusHours(2), "Rådhuset", status, Words.DANISH.label(status));
    }

    private static ActionSummary action(PersonRef owner, boolean overdue) {
        return new ActionSummary(ActionId.random(), "Planlægge workshop", ActionStatus.OPEN, overdue,
                TODAY.plusDays(overdue ? -5 : 5), null, owner, new BodyRef(BPS, "Boligpolitisk Styregruppe"),
                MeetingId.random(), TODAY.minusMonths(1), AgendaItemId.random(), "Workshop", null);
    }

    // ---- the header: who is signed in, and "Log ud"

    @Test
    void theHeaderNamesTheLinkedPersonAndHasALogoutFormWithTheCsrfToken() throws Exception {
        me = SARA;
        Document page = render("/", user("sara"));
        assertThat(page.selectFirst("header .signed-in__name").text()).isEqualTo("Logget ind som Sara Sekretær");
        Element logout = page.selectFirst("header form.logout");
        assertThat(logout.attr("method")).isEqualTo("post");
        assertThat(logout.attr("action")).isEqualTo("/logout");
        assertThat(logout.select("input[name=_csrf][type=hidden]")).singleElement()
                .satisfies(token -> assertThat(token.val()).isNotBlank());
        Element button = logout.selectFirst("button");
        assertThat(button.attr("type")).isEqualTo("submit");
        assertThat(button.text()).isEqualTo("Log ud");
        assertThat(page.select("header form")).hasSize(1);
    }

    @Test
    void anAccountWithoutAPersonIsNamedByItsUsernameAndNoOrgChartIsAsked() throws Exception {
        me = null;
        Document page = render("/", user("evaluator").roles("EVALUATOR"));
        assertThat(page.selectFirst(".signed-in__name").text()).isEqualTo("Logget ind som evaluator");
        assertThat(asked).noneMatch(FindOrgChart.class::isInstance);
    }

    @Test
    void theLogoutFormsTargetSignsOutAndLeadsToTheLoginPageSayingSo() throws Exception {
        // as a browser sends the form (a client that does not ask for HTML gets Spring Security's 204)
        mvc.perform(post("/logout").accept(MediaType.TEXT_HTML).with(user("sara")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?logout"));
        // without the token the logout is refused, as every other form is
        mvc.perform(post("/logout").accept(MediaType.TEXT_HTML).with(user("sara"))).andExpect(status().isForbidden());
    }

    @Test
    void theOrgChartIsAskedOncePerRequestThoughTheHeaderAndThePageBothNeedIt() throws Exception {
        me = SARA;
        Document page = render("/sekretaer", user("sara"));
        // of the bodies she sits in only, not the whole organisation (issue 15)
        assertThat(asked).containsOnlyOnce(new FindOrgChart(null, null, null, SARA.personId()));
        assertThat(page.select("ul.my-bodies li > a:first-child").eachText()).containsExactly(
                "BolivVejle: Boligpolitisk Styregruppe", "BolivVejle: Forum for Koordination og Udvikling");
        assertThat(page.select("nav.main-nav a[aria-current=page]").eachAttr("href")).containsExactly("/sekretaer");
    }

    @Test
    void whenTheReadSideFailsThePageIsShownWithoutPerBodyRoles() throws Exception {
        me = SARA;
        chartFails = true;
        Document page = render("/", user("sara"));
        assertThat(page.selectFirst(".signed-in__name").text()).isEqualTo("Logget ind som sara");
        assertThat(menu(page)).containsExactlyElementsOf(plus("Mine handlinger"));
        assertThat(page.select(".my-work__entry").eachAttr("id")).containsExactly("arbejde-member");
        assertThat(page.selectFirst(".my-work [role=status]").text())
                .isEqualTo("Dine roller i organerne kunne ikke læses lige nu. Prøv igen om lidt.");
    }

    @Test
    void theErrorPageKnowsWhoIsSignedInToo() throws Exception {
        me = SARA;
        Document page = render("/moeder/" + MeetingId.random(), status().isNotFound(), user("sara"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Ikke fundet");
        assertThat(page.selectFirst(".signed-in__name").text()).isEqualTo("Logget ind som Sara Sekretær");
        assertThat(menu(page)).containsExactlyElementsOf(plus("Sekretær", "Mine handlinger", "Udbakke"));
    }

    // ---- the menu and the front page, per combination of roles

    @Test
    void aSecretaryGetsTheSecretaryPageAndHerOwnActions() throws Exception {
        me = SARA;
        Document page = render("/", user("sara"));
        assertThat(menu(page)).containsExactlyElementsOf(plus("Sekretær", "Mine handlinger", "Udbakke"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Velkommen, Sara Sekretær");
        assertThat(page.selectFirst("#dit-arbejde").text()).isEqualTo("Dit arbejde");
        assertThat(page.select(".my-work__entry").eachAttr("id")).containsExactly("arbejde-secretary", "arbejde-member");
        Element secretary = page.getElementById("arbejde-secretary");
        assertThat(secretary.selectFirst("h3 a").attr("href")).isEqualTo("/sekretaer");
        assertThat(secretary.selectFirst("h3").text()).isEqualTo("Sekretær");
        assertThat(secretary.text()).contains("Planlæg møder, skriv referater og send dem ud.",
                "2 kommende møder; 1 referat venter på at blive sendt ud.");
        assertThat(page.getElementById("arbejde-member").text()).contains("Ingen åbne handlinger.");
        // the generic pages stay below
        assertThat(page.select("main a[href=/organisation]")).hasSize(1);
    }

    @Test
    void aChairGetsTheChairPageWithMinutesWaitingAndOverdueActions() throws Exception {
        me = MAYOR;
        Document page = render("/", user("formand"));
        assertThat(menu(page)).containsExactlyElementsOf(plus("Formand", "Mine handlinger"));
        assertThat(page.selectFirst(".signed-in__name").text()).isEqualTo("Logget ind som Birgitte Borgmester");
        assertThat(page.select(".my-work__entry").eachAttr("id")).containsExactly("arbejde-chair", "arbejde-member");
        Element chair = page.getElementById("arbejde-chair");
        assertThat(chair.selectFirst("h3 a").attr("href")).isEqualTo("/formand");
        assertThat(chair.text()).contains("1 referat venter på godkendelse; 1 overskreden handling.");
        // the chair's page lists the bodies the same helper found
        Document chairPage = render("/formand", user("formand"));
        assertThat(chairPage.selectFirst("main").text()).contains("Du er formand for: Boligpolitisk Styregruppe.");
    }

    @Test
    void aMemberGetsHerOwnActionsWithHowManyAreOpenAndOverdue() throws Exception {
        me = GRETHE;
        Document page = render("/", user("medlem"));
        assertThat(menu(page)).containsExactlyElementsOf(plus("Mine handlinger"));
        assertThat(page.select(".my-work__entry").eachAttr("id")).containsExactly("arbejde-member");
        Element member = page.getElementById("arbejde-member");
        assertThat(member.selectFirst("h3 a").attr("href")).isEqualTo("/mine-handlinger");
        assertThat(member.text()).contains("Meld status på de handlinger, du er ansvarlig for, og meld dem udført.",
                "2 åbne handlinger, heraf 1 overskreden.");
    }

    @Test
    void anEvaluatorWithoutAPersonGetsTheEvaluationPages() throws Exception {
        me = null;
        Document page = render("/", user("evaluator").roles("EVALUATOR"));
        assertThat(menu(page)).containsExactlyElementsOf(plus("Evaluering"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Velkommen, evaluator");
        assertThat(page.select(".my-work__entry").eachAttr("id")).containsExactly("arbejde-evaluator");
        assertThat(page.selectFirst("#arbejde-evaluator h3 a").attr("href")).isEqualTo("/evaluering");
        assertThat(asked).isEmpty();
    }

    @Test
    void anAdministratorGetsTheSecretaryChairAndEvaluationPagesWithoutCounts() throws Exception {
        me = null;
        Document page = render("/", user("admin").roles("ADMIN"));
        assertThat(menu(page)).containsExactlyElementsOf(plus("Sekretær", "Formand", "Udbakke", "Evaluering"));
        assertThat(page.select(".my-work__entry").eachAttr("id"))
                .containsExactly("arbejde-secretary", "arbejde-chair", "arbejde-evaluator");
        // an administrator holds no body's role: nothing to count, nothing asked
        assertThat(page.select(".my-work__counts")).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void anAccountWithNoPersonAndNoRoleGetsTheCommonPagesAndAnExplanation() throws Exception {
        me = null;
        Document page = render("/", user("gaest"));
        assertThat(menu(page)).containsExactlyElementsOf(EVERYONES);
        assertThat(page.select(".my-work__entry")).isEmpty();
        assertThat(page.selectFirst(".my-work").text()).contains("Din konto er ikke knyttet til en person");
    }

    @Test
    void theRolePagesStayReachableByAddressWhenTheMenuLeavesThemOut() throws Exception {
        me = GRETHE;
        Document page = render("/sekretaer", user("medlem"));
        assertThat(menu(page)).doesNotContain("Sekretær");
        assertThat(page.selectFirst("main").text()).contains("Du er ikke sekretær for noget organ.");
    }

    @Test
    void inEnglish() throws Exception {
        me = SARA;
        Document page = render("/?lang=en", user("sara").roles("ADMIN"));
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(menu(page)).containsExactly("Home", "Organisation", "Meetings", "Decisions", "Actions",
                "Secretary", "Chair", "My actions", "Outbox", "Evaluation");
        assertThat(page.selectFirst(".signed-in__name").text()).isEqualTo("Signed in as Sara Sekretær");
        assertThat(page.selectFirst("header form.logout button").text()).isEqualTo("Log out");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Welcome, Sara Sekretær");
        assertThat(page.selectFirst("#dit-arbejde").text()).isEqualTo("Your work");
        assertThat(page.getElementById("arbejde-secretary").text()).contains("Secretary",
                "Schedule meetings, write the minutes and circulate them.",
                "2 upcoming meetings; 1 set of minutes waiting to be circulated.");
        assertThat(page.getElementById("arbejde-member").text()).contains("No open actions.");
        assertThat(page.getElementById("arbejde-evaluator").text()).contains("Evaluation");
    }

    @Test
    void theFrontPageIsAccessibleMarkup() throws Exception {
        me = SARA;
        Document page = render("/", user("sara").roles("ADMIN"));
        PageChecks.oneH1AndNoSkippedHeadingLevel(page);
        assertThat(page.select("[style], style")).isEmpty();
        assertThat(page.select("button")).allSatisfy(button -> assertThat(button.text()).isNotBlank());
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        assertThat(page.select("nav")).allSatisfy(nav -> assertThat(nav.attr("aria-label")).isNotBlank());
    }

    private static List<String> menu(Document page) {
        return page.select("nav.main-nav a").eachText();
    }

    private static List<String> plus(String... more) {
        List<String> menu = new ArrayList<>(EVERYONES);
        menu.addAll(List.of(more));
        return menu;
    }

    private Document render(String path, RequestPostProcessor user) throws Exception {
        return render(path, status().isOk(), user);
    }

    private Document render(String path, ResultMatcher expected, RequestPostProcessor user) throws Exception {
        String html = mvc.perform(get(path).with(user)).andExpect(expected).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }
}
