package dk.protokol.web.evaluator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.query.actions.ActionDetail;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.actions.ActionSummary;
import dk.protokol.query.actions.ChangeKind;
import dk.protokol.events.query.actions.FindAction;
import dk.protokol.events.query.actions.FindActions;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.query.organisation.PersonRef;
import dk.protokol.query.statistics.BodyStatistics;
import dk.protokol.events.query.statistics.FindStatistics;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.ReadSidePageTest;
import dk.protokol.web.support.PageChecks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MvcResult;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluator's pages with the read side stubbed at the query gateway: the starting point's links, an action's
 * history (who did what, when, in Danish time), a body's figures as charts fed by a JSON data block with the
 * same figures in tables, and the accessibility rules a parser can check.
 */
@WebMvcTest
@Import(Queries.class)
@WithMockUser(roles = "EVALUATOR")
class EvaluatorPagesTest extends ReadSidePageTest {

    static final BodyId BPS = BodyId.random();
    static final ActionId ACTION = ActionId.random();
    static final MeetingId MEETING = MeetingId.random();
    static final PersonRef MAYOR = new PersonRef(PersonId.random(), "Birgitte Borgmester");
    static final PersonRef SECRETARY = new PersonRef(PersonId.random(), "Sara Sekretær");
    /** A name that would close a script block if it were written as it is. */
    static final PersonRef TRICKY = new PersonRef(PersonId.random(), "</script><script>alert(1)</script>");
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Override
    protected Object answer(Object query) {
        if (query instanceof FindBodies) {
            return List.of(new BodySummary(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle",
                    null, DAY.minusYears(2), null, MAYOR));
        } else if (query instanceof FindActions) {
            return List.of(new ActionSummary(ACTION, "Planlægge workshop i Nørremarken", ActionStatus.DONE, false,
                    DAY.plusDays(10), DAY.plusDays(3), SECRETARY, new BodyRef(BPS, "Boligpolitisk Styregruppe"),
                    MEETING, DAY, AgendaItemId.random(), "Workshop", null));
        } else if (query instanceof FindAction found) {
            if (!found.actionId().equals(ACTION)) {
                throw new NotFound("Handlingen findes ikke: " + found.actionId());
            }
            ActionDetail.Actor secretary = new ActionDetail.Actor("sekretaer", SECRETARY.personId(), SECRETARY.name());
            ActionDetail.Actor unnamed = new ActionDetail.Actor("medlem", null, null);
            return new ActionDetail(ACTION, "Planlægge workshop i Nørremarken", ActionStatus.DONE, false,
                    DAY.plusDays(10), DAY.plusDays(3), SECRETARY, new BodyRef(BPS, "Boligpolitisk Styregruppe"),
                    new ActionDetail.Origin(MEETING, DAY.atTime(14, 0), "Rådhuset", AgendaItemId.random(),
                            "Workshop", DecisionId.random(), "Der holdes en workshop i Nørremarken.",
                            DecisionOutcome.ADOPTED),
                    List.of(
                            new ActionDetail.Change(ChangeKind.OPENED, Instant.parse("2026-03-02T14:10:00Z"),
                                    secretary, "Planlægge workshop i Nørremarken", null, SECRETARY, null,
                                    DAY.plusDays(10), null, new ActionDetail.MeetingRef(MEETING, DAY)),
                            new ActionDetail.Change(ChangeKind.PROGRESS_REPORTED,
                                    Instant.parse("2026-03-04T08:30:00Z"), unnamed, "Lokalet er booket", null, null,
                                    null, null, null, null),
                            new ActionDetail.Change(ChangeKind.COMPLETED, Instant.parse("2026-03-05T11:00:00Z"),
                                    secretary, null, null, null, null, null, DAY.plusDays(3), null)),
                    List.of(), DAY.plusDays(5), null);
        } else if (query instanceof FindStatistics found) {
            LocalDate from = found.from() != null ? found.from() : LocalDate.of(2025, 3, 2);
            LocalDate to = found.to() != null ? found.to() : DAY;
            return new BodyStatistics(new BodyRef(BPS, "Boligpolitisk Styregruppe"), from, to,
                    new BodyStatistics.Meetings(3, 1, 4, 4.0, 0.75),
                    new BodyStatistics.Attendance(6, 5, 5 / 6.0, List.of(
                            new BodyStatistics.Member(MAYOR, 3, 3, 0, 1.0),
                            new BodyStatistics.Member(TRICKY, 3, 2, 1, 2 / 3.0))),
                    new BodyStatistics.Decisions(9, 3.0),
                    new BodyStatistics.Actions(4, 21.5, 5, 3, 0.6));
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    @Test
    void theStartingPointLeadsToTheReplayingPagesAndTheHistories() throws Exception {
        Document page = render("/evaluering");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Evaluering");
        assertThat(page.select("#evaluering-links a").eachAttr("href"))
                .containsExactly("/organisation", "/moeder", "/beslutninger", "/evaluering/statistik",
                        "/evaluering/revision");
        assertThat(page.selectFirst("#evaluering-handlinger tbody th a").attr("href"))
                .isEqualTo("/evaluering/handlinger/" + ACTION);
        assertThat(page.selectFirst("select#bodyId option").val()).isEqualTo(BPS.toString());
        assertThat(page.select("nav.main-nav a[aria-current=page]").eachAttr("href")).containsExactly("/evaluering");
    }

    @Test
    void anActionsHistoryShowsWhoDidWhatWhenInDanishTime() throws Exception {
        Document page = render("/evaluering/handlinger/" + ACTION);
        assertThat(asked).contains(new FindAction(ACTION, null));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Historik: Planlægge workshop i Nørremarken");
        assertThat(page.selectFirst("#handling-oversigt").text()).contains("Udført", "Sara Sekretær",
                "12. marts 2026", "5. marts 2026", "Boligpolitisk Styregruppe", "Workshop",
                "Der holdes en workshop i Nørremarken.");
        List<Element> rows = page.select("#historik tbody tr");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).selectFirst("th").text()).isEqualTo("2. marts 2026 15:10");
        assertThat(rows.get(0).text()).contains("Aftalt", "Sara Sekretær", "Frist: 12. marts 2026",
                "på mødet 2. marts 2026");
        assertThat(rows.get(0).selectFirst("a").attr("href")).isEqualTo("/moeder/" + MEETING);
        // an actor without a person is named by the account
        assertThat(rows.get(1).text()).contains("4. marts 2026 09:30", "Status meldt", "medlem", "Lokalet er booket");
        assertThat(rows.get(2).text()).contains("Meldt udført", "Udført: 5. marts 2026");
        assertThat(rows.get(0).selectFirst("time").attr("datetime")).isEqualTo("2026-03-02T14:10:00Z");
    }

    @Test
    void anUnknownActionIsANotFoundPage() throws Exception {
        MvcResult result = mvc.perform(get("/evaluering/handlinger/" + ActionId.random()))
                .andExpect(status().isNotFound()).andReturn();
        assertThat(Jsoup.parse(result.getResponse().getContentAsString()).selectFirst("main").text())
                .contains("Handlingen findes ikke");
    }

    @Test
    void theFiguresOfABodyAsChartsAndTables() throws Exception {
        Document page = render("/evaluering/statistik?bodyId=" + BPS + "&from=2026-01-01&to=2026-12-31");
        assertThat(asked).contains(new FindStatistics(BPS, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Nøgletal for Boligpolitisk Styregruppe");
        assertThat(page.selectFirst("select#bodyId option[selected]").val()).isEqualTo(BPS.toString());
        assertThat(page.selectFirst("input#from").val()).isEqualTo("2026-01-01");
        assertThat(page.selectFirst("input#to").val()).isEqualTo("2026-12-31");
        assertThat(page.getElementById("periode").text()).isEqualTo("Perioden 1. januar 2026 til 31. december 2026.");
        assertThat(page.select("#tabel-noegletal tbody tr")).extracting(Element::text).contains(
                "Afholdte møder 3", "Forventede møder efter mødeplanen 4,0", "Afholdt af forventet 75 %",
                "Beslutninger pr. afholdt møde 3,0", "Dage fra beslutning til udført (median) 21,5",
                "Andel udført til tiden 60 %");
        assertThat(page.select("#tabel-fremmoede tbody tr").get(0).text())
                .isEqualTo("Birgitte Borgmester 3 3 0 100 %");

        // each chart has a text alternative: an accessible name and the table that holds its figures
        for (String id : List.of("diagram-noegletal", "diagram-fremmoede")) {
            Element canvas = page.getElementById(id);
            assertThat(canvas.attr("role")).isEqualTo("img");
            assertThat(canvas.attr("aria-label")).contains("Tallene står i tabellen nedenfor");
            assertThat(page.getElementById(canvas.attr("aria-describedby")).tagName()).isEqualTo("table");
        }

        // the figures reach the drawing script as data, never as code
        Element data = page.getElementById("statistik-data");
        assertThat(data.attr("type")).isEqualTo("application/json");
        assertThat(data.data()).doesNotContain("</script");
        JsonNode json = new ObjectMapper().readTree(data.data());
        assertThat(json.at("/attendance/labels/1").asText()).isEqualTo(TRICKY.name());
        assertThat(json.at("/attendance/series/1/label").asText()).isEqualTo("Til stede");
        assertThat(json.at("/attendance/series/1/data/0").asInt()).isEqualTo(3);
        assertThat(json.at("/keyFigures/series/0/data/0").asDouble()).isEqualTo(4.0);
        assertThat(json.at("/keyFigures/series/1/data/1").asDouble()).isEqualTo(3.0);
        // the webjar locator puts the version into the address
        assertThat(page.select("script[src]").eachAttr("src")).contains("/review/statistik.js")
                .anySatisfy(src -> assertThat(src).startsWith("/webjars/chart.js/").endsWith("/dist/chart.umd.js"));
    }

    @Test
    void withoutABodyThePageAsksForOne() throws Exception {
        Document page = render("/evaluering/statistik");
        assertThat(asked).noneMatch(FindStatistics.class::isInstance);
        assertThat(page.selectFirst("main").text()).contains("Vælg et organ for at se dets nøgletal.");
        assertThat(page.select("canvas, script[type=application/json]")).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsABadRequest() throws Exception {
        mvc.perform(get("/evaluering/statistik").param("bodyId", BPS.toString()).param("from", "2026-05-01")
                .param("to", "2026-01-01")).andExpect(status().isBadRequest());
    }

    @Test
    void theChartScriptAndChartJsAreServed() throws Exception {
        mvc.perform(get("/review/statistik.js")).andExpect(status().isOk());
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.js")).andExpect(status().isOk());
    }

    @Test
    void theStatisticsInEnglish() throws Exception {
        Document page = render("/evaluering/statistik?bodyId=" + BPS + "&lang=en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Figures for Boligpolitisk Styregruppe");
        assertThat(page.selectFirst("label[for=from]").text()).isEqualTo("From");
        JsonNode json = new ObjectMapper().readTree(page.getElementById("statistik-data").data());
        assertThat(json.at("/attendance/series/1/label").asText()).isEqualTo("Present");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/evaluering", "/evaluering/statistik", "/evaluering/statistik?bodyId=BPS",
            "/evaluering/handlinger/ACTION"})
    void accessibleMarkup(String template) throws Exception {
        String path = template.replace("BPS", BPS.toString()).replace("ACTION", ACTION.toString());
        Document page = render(path);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
        PageChecks.everyControlIsLabelled(page);
        assertThat(page.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
        assertThat(page.select("table")).allSatisfy(table -> assertThat(table.select("caption")).hasSize(1));
        PageChecks.oneH1AndNoSkippedHeadingLevel(page);
        assertThat(page.select("[style], style")).isEmpty();
        // scripts: files, or a JSON data block, which a browser never runs
        assertThat(page.select("script")).allSatisfy(script -> {
            if (script.attr("type").equals("application/json")) {
                assertThat(script.attr("src")).isEmpty();
            } else {
                assertThat(script.attr("src")).isNotBlank();
                assertThat(script.data()).isBlank();
            }
        });
        PageChecks.noInlineHandlers(page);
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    private Document render(String path) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(status().isOk()).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
