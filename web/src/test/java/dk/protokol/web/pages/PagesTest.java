package dk.protokol.web.pages;

import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.query.common.NotFound;
import dk.protokol.events.query.minutes.FindDecisions;
import dk.protokol.events.query.minutes.FindMeetings;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.ReadSidePageTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.ResultMatcher;

import java.time.Instant;

import static dk.protokol.web.pages.Fixtures.BPS;
import static dk.protokol.web.pages.Fixtures.DIRECTOR;
import static dk.protokol.web.pages.Fixtures.FKU;
import static dk.protokol.web.pages.Fixtures.MEETING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every read-only page rendered through Spring MVC and Thymeleaf with the read side's answers stubbed at the
 * query gateway: what each page shows, the language switch, and the accessibility rules a parser can check
 * (labels, table headers, heading order, no inline styles or scripts under the CSP).
 */
@WebMvcTest
@Import(Queries.class)
@WithMockUser
class PagesTest extends ReadSidePageTest {

    private static final String[] PAGES = {"/", "/organisation", "/moeder", "/moeder/" + MEETING,
            "/beslutninger", "/handlinger"};

    /** Whether the meeting is a fællesmøde of FKU with BPS. */
    private boolean joint;
    /** Whether its minutes are approved. */
    private boolean approved;
    /** How many open actions the list holds (0: the fixture's one). */
    private int manyActions;

    @Override
    protected Object answer(Object query) {
        if (query instanceof FindOrgChart) {
            return Fixtures.orgChart();
        } else if (query instanceof FindBodies) {
            return Fixtures.bodies();
        } else if (query instanceof FindMeetings) {
            return Fixtures.meetings();
        } else if (query instanceof FindMinutes found) {
            if (!found.meetingId().equals(MEETING)) {
                throw new NotFound("Mødet findes ikke: " + found.meetingId());
            }
            return joint ? Fixtures.jointMinutes() : approved ? Fixtures.approvedMinutes() : Fixtures.minutes();
        } else if (query instanceof FindDecisions) {
            return Fixtures.decisions();
        } else if (query instanceof FindActions found && manyActions > 0) {
            ActionSummary one = Fixtures.actions().get(0);
            return java.util.stream.IntStream.range(0, Math.min(manyActions, found.limit()))
                    .mapToObj(n -> new ActionSummary(new dk.protokol.events.ids.ActionId(
                            java.util.UUID.nameUUIDFromBytes(("handling " + n).getBytes())), "Handling " + n,
                            one.status(), one.overdue(), one.dueDate(), null, one.owner(), one.body(),
                            one.meetingId(), one.meetingDate(), one.itemId(), one.itemTitle(), null))
                    .toList();
        } else if (query instanceof FindActions) {
            return Fixtures.actions();
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/organisation", "/moeder", "/beslutninger", "/handlinger"})
    void everyPageIsDanishWithSkipLinkAndNavigation(String path) throws Exception {
        Document page = render(path);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
        Element skip = page.selectFirst("a.skip-link");
        assertThat(skip.text()).isEqualTo("Spring til indhold");
        assertThat(page.getElementById(skip.attr("href").substring(1)).tagName()).isEqualTo("main");
        assertThat(page.select("header nav a").eachText())
                .contains("Forside", "Organisation", "Møder", "Beslutninger", "Handlinger", "Dansk", "English");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("/css/protokol.css");
    }

    @Test
    void langEnSwitchesTheNavigationToEnglish() throws Exception {
        Document page = render("/moeder?bodyId=" + FKU + "&lang=en");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
        // the mock user holds no role and acts as no person: the pages everyone has (the role pages' English
        // names: ViewerPagesTest)
        assertThat(page.select("nav.main-nav a").eachText())
                .containsExactly("Home", "Organisation", "Meetings", "Decisions", "Actions");
        assertThat(page.selectFirst("a.skip-link").text()).isEqualTo("Skip to content");
        assertThat(page.selectFirst("label[for=bodyId]").text()).isEqualTo("Body");
        // the switch back keeps the page and its filter
        assertThat(page.selectFirst("a[hreflang=da]").attr("href")).isEqualTo("/moeder?bodyId=" + FKU + "&lang=da");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/organisation", "/moeder", "/beslutninger", "/handlinger"})
    void theCurrentSectionIsMarkedInTheNavigation(String path) throws Exception {
        Document page = render(path);
        assertThat(page.select("nav.main-nav a[aria-current=page]").eachAttr("href")).containsExactly(path);
    }

    @Test
    void everyFormControlHasALabel() throws Exception {
        for (String path : PAGES) {
            Document page = render(path);
            for (Element control : page.select("input:not([type=hidden]), select, textarea")) {
                String id = control.id();
                assertThat(id).as("%s: %s has an id", path, control).isNotEmpty();
                assertThat(page.select("label[for=" + id + "]")).as("%s: label for #%s", path, id).hasSize(1);
                assertThat(page.selectFirst("label[for=" + id + "]").text()).as("%s: label text", path).isNotBlank();
            }
            // the read-only pages' own forms only read; the header's one form is "Log ud" (ViewerPagesTest)
            assertThat(page.select("main form")).allSatisfy(form -> assertThat(form.attr("method")).isEqualTo("get"));
            assertThat(page.select("header form").eachAttr("action")).containsExactly("/logout");
        }
    }

    @Test
    void noInlineStylesOrScripts() throws Exception {
        for (String path : PAGES) {
            Document page = render(path);
            assertThat(page.select("[style]")).as("%s: style attributes", path).isEmpty();
            assertThat(page.select("style")).as("%s: style elements", path).isEmpty();
            assertThat(page.select("script")).as("%s: scripts", path).allSatisfy(script -> {
                assertThat(script.attr("src")).isNotBlank();
                assertThat(script.data()).isBlank();
            });
            assertThat(page.getAllElements()).as("%s: event handler attributes", path).allSatisfy(element ->
                    assertThat(element.attributes().asList()).noneMatch(a -> a.getKey().startsWith("on")));
        }
    }

    @Test
    void tablesHaveScopedHeadersAndHeadingsDoNotSkipLevels() throws Exception {
        for (String path : PAGES) {
            Document page = render(path);
            assertThat(page.select("th")).as("%s: th scope", path)
                    .allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
            assertThat(page.select("h1")).as("%s: one h1", path).hasSize(1);
            int previous = 0;
            for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
                int level = heading.tagName().charAt(1) - '0';
                assertThat(level).as("%s: %s after h%d", path, heading, previous).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
        }
    }

    @Test
    void theOrgChartIsANestedTreeOnTheChosenDate() throws Exception {
        Document page = render("/organisation?on=2026-03-02&organisation=BolivVejle");
        assertThat(asked).contains(new FindOrgChart("BolivVejle", Fixtures.DAY, null));
        assertThat(page.selectFirst("input#on").attr("type")).isEqualTo("date");
        assertThat(page.selectFirst("input#on").val()).isEqualTo("2026-03-02");
        assertThat(page.selectFirst("select#organisation option[selected]").text()).isEqualTo("BolivVejle");
        assertThat(page.selectFirst("h2").text()).isEqualTo("BolivVejle");
        Element fku = page.selectFirst("ul.tree > li ul.tree > li");
        assertThat(fku.selectFirst(".node__name").text()).isEqualTo("Forum for Koordination og Udvikling");
        assertThat(fku.text()).contains("forbereder sager til Boligpolitisk Styregruppe", "Karsten Kommunaldirektør");
        assertThat(fku.selectFirst("a[href^=/moeder]").attr("href")).isEqualTo("/moeder?bodyId=" + FKU);
        assertThat(page.selectFirst("ul.tree > li .node").text()).contains("Boligpolitisk Styregruppe",
                "styregruppe", "Formand", "Birgitte Borgmester");
    }

    @Test
    void theMeetingsOfABodyLinkToTheirMinutesLatestFirst() throws Exception {
        Document page = render("/moeder?bodyId=" + FKU);
        assertThat(asked).contains(new FindMeetings(FKU, null, null));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Møder i Forum for Koordination og Udvikling");
        assertThat(page.selectFirst("select#bodyId option[selected]").val()).isEqualTo(FKU.toString());
        assertThat(page.select("tbody tr")).hasSize(2);
        Element latest = page.selectFirst("tbody tr");
        assertThat(latest.selectFirst("th a").attr("href")).isEqualTo("/moeder/" + MEETING);
        assertThat(latest.text()).contains("2. marts 2026", "14:00–16:00", "Løget Beboerhus", "afholdt");
    }

    @Test
    void aJointMeetingsMinutesNameTheBodiesAndTheAttendanceOfEach() throws Exception {
        joint = true;
        Document page = render("/moeder/" + MEETING);
        assertThat(page.select("dl.minutes-header dt").eachText()).containsSubsequence("Organ", "Fællesmøde med",
                "Mødedato", "Deltagere", "Fremmøde pr. organ", "Referent");
        assertThat(page.select("dl.minutes-header a[href=/moeder?bodyId=" + BPS + "]").text())
                .isEqualTo("Boligpolitisk Styregruppe");
        assertThat(page.getElementById("fremmoede-" + FKU).text())
                .isEqualTo("Forum for Koordination og Udvikling: 1 stemmeberettigede til stede (" + DIRECTOR.name() + ")");
        assertThat(page.getElementById("fremmoede-" + BPS).text()).isEqualTo(
                "Boligpolitisk Styregruppe: 0 stemmeberettigede til stede, ikke beslutningsdygtigt (mindst 3)");
        joint = false;
        assertThat(render("/moeder/" + MEETING).select("dl.minutes-header dt").eachText())
                .doesNotContain("Fællesmøde med", "Fremmøde pr. organ");
    }

    @Test
    @WithMockUser(roles = "EVALUATOR")
    void approvedMinutesLinkTheirArchiveVersionForEvaluators() throws Exception {
        approved = true;
        Document page = render("/moeder/" + MEETING);
        assertThat(page.selectFirst("a#arkivversion").attr("href"))
                .isEqualTo("/moeder/" + MEETING + "/arkivversion.zip");
        assertThat(page.selectFirst("a#arkivversion").text()).isEqualTo("Arkivversion (ZIP)");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void minutesNotApprovedHaveNoArchiveVersion() throws Exception {
        assertThat(render("/moeder/" + MEETING).select("a#arkivversion")).isEmpty();
    }

    @Test
    void approvedMinutesLinkNoArchiveVersionForOthers() throws Exception {
        approved = true;
        assertThat(render("/moeder/" + MEETING).select("a#arkivversion")).isEmpty();
    }

    @Test
    void theMinutesShowTheDanishReferatLayout() throws Exception {
        Document page = render("/moeder/" + MEETING);
        assertThat(page.selectFirst("h1").text()).isEqualTo("Referat: Forum for Koordination og Udvikling, 2. marts 2026");
        assertThat(page.select("dl.minutes-header dt").eachText()).containsSubsequence("Mødedato", "Mødested",
                "Mødetidspunkt", "Forventet sluttidspunkt", "Deltagere", "Afbud", "Referent");
        assertThat(page.selectFirst("dl.minutes-header").text()).contains("mandag 2. marts 2026", "Løget Beboerhus",
                "Karsten Kommunaldirektør, Vejle Kommune", "Birgitte Borgmester", "Sara Sekretær",
                "Referatet er ikke godkendt.");
        assertThat(page.select("h3").eachText()).containsExactly(
                "Punkt 1: Opfølgning på tidligere beslutninger (til orientering)",
                "Punkt 2: Budget for helhedsplanen 2027 (til beslutning)");
        Element budget = page.select("article.agenda-item").get(1);
        assertThat(budget.select("h4").eachText()).containsExactly("Sagsfremstilling", "Indstilling", "Referat",
                "Beslutning", "Opfølgning");
        assertThat(budget.text()).contains("Budgettet godkendes og sendes til BPS.", "vedtaget",
                "for: 7, imod: 1", "Sende budgettet til BPS", "Sara Sekretær", "16. marts 2026");
        Element standing = page.select("article.agenda-item").get(0);
        assertThat(standing.selectFirst("h4").text()).isEqualTo("Opfølgning på tidligere beslutninger");
        assertThat(standing.text()).contains("Planlægge workshop i Nørremarken", "overskredet", "Lokale er booket");
        assertThat(page.selectFirst("input#asOf").attr("type")).isEqualTo("datetime-local");
        assertThat(page.selectFirst("label[for=asOf]").text()).isEqualTo("Som registreret pr.");
    }

    @Test
    void theMinutesAsRegisteredAtAMomentInDanishTime() throws Exception {
        Document page = render("/moeder/" + MEETING + "?asOf=2026-03-02T15:30");
        assertThat(asked).contains(new FindMinutes(MEETING, Instant.parse("2026-03-02T14:30:00Z")));
        assertThat(page.selectFirst("input#asOf").val()).isEqualTo("2026-03-02T15:30");
        assertThat(page.selectFirst("p.notice").text()).isEqualTo("Vist som registreret pr. 2. marts 2026 15:30.");
    }

    @Test
    void theMinutesAsRegisteredToTheSecond() throws Exception {
        Document page = render("/moeder/" + MEETING + "?asOf=2026-03-02T15:30:07");
        assertThat(asked).contains(new FindMinutes(MEETING, Instant.parse("2026-03-02T14:30:07Z")));
        assertThat(page.selectFirst("input#asOf").val()).isEqualTo("2026-03-02T15:30:07");
        assertThat(page.selectFirst("input#asOf").attr("step")).isEqualTo("1");
        assertThat(page.selectFirst("p.notice").text()).isEqualTo("Vist som registreret pr. 2. marts 2026 15:30:07.");
    }

    @Test
    void anUnknownMeetingIsANotFoundPage() throws Exception {
        Document page = render("/moeder/" + dk.protokol.events.ids.MeetingId.random(), status().isNotFound());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Ikke fundet");
        assertThat(page.selectFirst("main").text()).contains("Mødet findes ikke");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
    }

    @Test
    void aBadAsOfIsABadRequestPageWithTheReason() throws Exception {
        Document page = render("/moeder/" + MEETING + "?asOf=i går", status().isBadRequest());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Siden kan ikke vises");
        assertThat(page.selectFirst("main").text()).contains("»i går« er ikke et tidspunkt");
        assertThat(page.selectFirst("nav.language a[hreflang=en]").attr("href")).contains("lang=en");
    }

    @Test
    void anAddressThatIsNotAnIdIsABadRequestPageNamingIt() throws Exception {
        Document page = render("/moeder/ikke-et-id", status().isBadRequest());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Siden kan ikke vises");
        assertThat(page.selectFirst("main").text()).contains("»ikke-et-id« kan ikke bruges som id.");
    }

    @Test
    void theErrorPagesSpeakEnglishAtTheSwitch() throws Exception {
        Document page = render("/moeder/" + MEETING + "?asOf=yesterday&lang=en", status().isBadRequest());
        assertThat(page.selectFirst("h1").text()).isEqualTo("The page cannot be shown");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void theDecisionSearchAsksForTheWordsAndLinksToTheMeeting() throws Exception {
        Document page = render("/beslutninger?q=budget BPS");
        assertThat(asked).contains(new FindDecisions("budget BPS", null, null, null));
        assertThat(page.selectFirst("input#q").attr("type")).isEqualTo("search");
        assertThat(page.selectFirst("input#q").val()).isEqualTo("budget BPS");
        Element row = page.selectFirst("tbody tr");
        assertThat(row.text()).contains("2. marts 2026", "Forum for Koordination og Udvikling",
                "2. Budget for helhedsplanen 2027", "Budgettet godkendes og sendes til BPS.", "vedtaget");
        assertThat(row.selectFirst("a").attr("href")).isEqualTo("/moeder/" + MEETING);
    }

    @Test
    void theActionListFiltersByStatusAndOverdue() throws Exception {
        Document page = render("/handlinger?status=OPEN&overdue=true");
        assertThat(asked).singleElement().isInstanceOfSatisfying(FindActions.class, query -> {
            assertThat(query.filter().status()).isEqualTo(ActionStatus.OPEN);
            assertThat(query.filter().overdue()).isTrue();
            assertThat(query.asOf()).isNull();
        });
        assertThat(page.selectFirst("select#status option[selected]").text()).isEqualTo("Åben");
        assertThat(page.selectFirst("input#overdue").hasAttr("checked")).isTrue();
        assertThat(page.selectFirst("tbody tr").text()).contains("Planlægge workshop i Nørremarken", "Sara Sekretær",
                "25. februar 2026", "Åben", "overskredet", "Forum for Koordination og Udvikling");
        // each action leads to its history (who did what, when)
        assertThat(page.selectFirst("tbody tr th[scope=row] a").attr("href")).startsWith("/evaluering/handlinger/");
        assertThat(page.selectFirst("tbody tr").hasClass("is-overdue")).isTrue();
    }

    @Test
    void theActionListShowsAHundredAPageAndLinksToTheNext() throws Exception {
        manyActions = 150;
        Document page = render("/handlinger?status=OPEN");
        assertThat(asked).singleElement().isInstanceOfSatisfying(FindActions.class, query -> {
            assertThat(query.limit()).isEqualTo(101);
            assertThat(query.after()).isNull();
        });
        assertThat(page.select("tbody tr")).hasSize(100);
        String last = page.select("tbody tr").last().id().substring("handling-".length());
        assertThat(page.selectFirst("a#next-page").attr("href")).isEqualTo("/handlinger?status=OPEN&efter=" + last);
        assertThat(page.selectFirst("a#next-page").text()).isEqualTo("Næste 100 handlinger");

        asked.clear();
        manyActions = 30;
        page = render("/handlinger?status=OPEN&efter=" + last);
        assertThat(asked).singleElement().isInstanceOfSatisfying(FindActions.class,
                query -> assertThat(query.after().value().toString()).isEqualTo(last));
        assertThat(page.select("tbody tr")).hasSize(30);
        assertThat(page.selectFirst("a#next-page")).isNull();
    }

    @Test
    void anUntickedOverdueBoxDoesNotFilter() throws Exception {
        render("/handlinger?status=");
        assertThat(asked).singleElement().isInstanceOfSatisfying(FindActions.class, query -> {
            assertThat(query.filter().status()).isNull();
            assertThat(query.filter().overdue()).isNull();
        });
    }

    @Test
    void theStylesheetAndHtmxAreServedFromOurOwnOrigin() throws Exception {
        Document page = render("/");
        for (String url : new String[]{page.selectFirst("link[rel=stylesheet]").attr("href"),
                page.selectFirst("script").attr("src")}) {
            assertThat(url).startsWith("/");
            mvc.perform(get(url)).andExpect(status().isOk());
        }
        assertThat(page.selectFirst("script").attr("src")).contains("/webjars/htmx.org/").endsWith("/dist/htmx.min.js");
    }

    private Document render(String path) throws Exception {
        return render(path, status().isOk());
    }

    private Document render(String path, ResultMatcher expected) throws Exception {
        String html = mvc.perform(get(path)).andExpect(expected).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }
}
