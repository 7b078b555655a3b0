package dk.protokol.web.evaluator;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.query.common.NotFound;
import dk.protokol.events.query.history.FindAgendaItemHistory;
import dk.protokol.events.query.history.FindBodyHistory;
import dk.protokol.events.query.history.FindDecisionHistory;
import dk.protokol.events.query.history.FindMeetingHistory;
import dk.protokol.events.query.history.FindPersonHistory;
import dk.protokol.query.history.HistorySubject;
import dk.protokol.query.history.ItemHistory;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.query.organisation.PersonRef;
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
import org.springframework.test.web.servlet.ResultMatcher;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluator's history of any item (a meeting, an agenda item, a decision, a body, a person) with the read side
 * stubbed at the query gateway: the query each page asks, the table of who did what, when in Danish time, asOf in
 * Danish time, the links to the histories from the minutes, the org chart and the starting point, and the
 * accessibility rules a parser can check.
 */
@WebMvcTest
@Import(Queries.class)
@WithMockUser(roles = "EVALUATOR")
class ItemHistoryPagesTest extends ReadSidePageTest {

    static final BodyId FKU = BodyId.random();
    static final MeetingId MEETING = MeetingId.random();
    static final AgendaItemId BUDGET = AgendaItemId.random();
    static final AgendaItemId WITHDRAWN = AgendaItemId.random();
    static final DecisionId DECISION = DecisionId.random();
    static final PersonId SECRETARY = PersonId.random();
    static final PersonRef DIRECTOR = new PersonRef(PersonId.random(), "Karsten Kommunaldirektør");
    static final LocalDateTime START = LocalDateTime.of(2026, 3, 2, 14, 0);
    static final String DECISION_TEXT = "Budgettet godkendes og sendes til Boligpolitisk Styregruppe med en anbefaling"
            + " om at prioritere helhedsplanens boligsociale indsats.";

    @Override
    protected Object answer(Object query) {
        ItemHistory.MeetingRef meeting = new ItemHistory.MeetingRef(MEETING, FKU,
                "Forum for Koordination og Udvikling", START);
        if (query instanceof FindMeetingHistory found && found.meetingId().equals(MEETING)) {
            return new ItemHistory(HistorySubject.MEETING, MEETING.value(), "Forum for Koordination og Udvikling",
                    meeting, entries(), found.asOf());
        } else if (query instanceof FindAgendaItemHistory found && found.itemId().equals(BUDGET)) {
            // the read side tells the entries in the language asked
            return new ItemHistory(HistorySubject.AGENDA_ITEM, BUDGET.value(), "Budget 2027", meeting,
                    "en".equals(found.language()) ? englishEntries() : entries(), found.asOf());
        } else if (query instanceof FindDecisionHistory found && found.decisionId().equals(DECISION)) {
            return new ItemHistory(HistorySubject.DECISION, DECISION.value(), DECISION_TEXT, meeting,
                    entries().subList(2, 3), found.asOf());
        } else if (query instanceof FindBodyHistory found && found.bodyId().equals(FKU)) {
            return new ItemHistory(HistorySubject.BODY, FKU.value(), "Forum for Koordination og Udvikling", null,
                    List.of(), found.asOf());
        } else if (query instanceof FindPersonHistory found && found.personId().equals(SECRETARY)) {
            return new ItemHistory(HistorySubject.PERSON, SECRETARY.value(), null, null, List.of(
                    new ItemHistory.Entry(1, Instant.parse("2025-01-10T08:00:00Z"), "PersonRegistered", "admin",
                            "admin", null, "Personen blev registreret", List.of("Navn: Sara Sekretær"))),
                    found.asOf());
        } else if (query instanceof FindMinutes) {
            return minutes();
        } else if (query instanceof FindOrgChart) {
            return new OrgChart(LocalDate.of(2026, 3, 2), null, List.of(new OrgChart.Organisation("BolivVejle",
                    List.of(new OrgChart.Node(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, DIRECTOR,
                            List.of(new OrgChart.Member(DIRECTOR.personId(), DIRECTOR.name(), MemberRole.CHAIR,
                                    null)), List.of(), List.of())))));
        } else if (query instanceof FindBodies) {
            return List.of(new BodySummary(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle",
                    null, LocalDate.of(2024, 1, 1), null, DIRECTOR));
        } else if (query instanceof FindMeetingHistory found) {
            throw new NotFound("Mødet findes ikke: " + found.meetingId());
        } else if (query instanceof FindAgendaItemHistory found) {
            throw new NotFound("Punktet findes ikke på mødet: " + found.itemId());
        } else if (query instanceof FindDecisionHistory found) {
            throw new NotFound("Beslutningen findes ikke på mødet: " + found.decisionId());
        } else if (query instanceof FindBodyHistory found) {
            throw new NotFound("Organet findes ikke: " + found.bodyId());
        } else if (query instanceof FindPersonHistory found) {
            throw new NotFound("Personen findes ikke: " + found.personId());
        }
        // the starting point also lists the actions; none here
        return List.of();
    }

    private static List<ItemHistory.Entry> entries() {
        return List.of(
                new ItemHistory.Entry(11, Instant.parse("2026-02-20T09:15:00Z"), "AgendaItemAdded", "Sara Sekretær",
                        "sekretaer", SECRETARY, "Punktet »Budget« blev sat på dagsordenen",
                        List.of("Type: til beslutning", "Sagsfremstilling: Udkast fra sekretariatet")),
                // summer time: 2 hours ahead of UTC
                new ItemHistory.Entry(12, Instant.parse("2026-04-01T10:00:05Z"), "AgendaItemAmended", "admin",
                        "admin", null, "Punktet »Budget« blev ændret", List.of("Ny titel: Budget 2027")),
                new ItemHistory.Entry(15, Instant.parse("2026-04-02T12:30:00Z"), "DecisionRecorded", null, null,
                        null, "Beslutning i punktet »Budget 2027«: vedtaget", List.of()));
    }

    private static List<ItemHistory.Entry> englishEntries() {
        return List.of(
                new ItemHistory.Entry(11, Instant.parse("2026-02-20T09:15:00Z"), "AgendaItemAdded", "Sara Sekretær",
                        "sekretaer", SECRETARY, "The item \"Budget\" was put on the agenda",
                        List.of("Kind: for decision", "Case presentation: Udkast fra sekretariatet")),
                new ItemHistory.Entry(12, Instant.parse("2026-04-01T10:00:05Z"), "AgendaItemAmended", "admin",
                        "admin", null, "The item \"Budget\" was amended", List.of("New title: Budget 2027")),
                new ItemHistory.Entry(15, Instant.parse("2026-04-02T12:30:00Z"), "DecisionRecorded", null, null,
                        null, "Decision in the item \"Budget 2027\": adopted", List.of()));
    }

    private static MinutesView minutes() {
        MinutesView.Item budget = new MinutesView.Item(BUDGET, 2, "Budget 2027", AgendaItemKind.DECISION,
                "til beslutning", null, null, false, false, null, null, null,
                List.of(new MinutesView.Decision(DECISION, DECISION_TEXT, DecisionOutcome.ADOPTED, "vedtaget", null,
                        null, false, List.of())),
                List.of(), List.of(), List.of(), List.of());
        MinutesView.Item withdrawn = new MinutesView.Item(WITHDRAWN, null, "Eventuelt", AgendaItemKind.INFORMATION,
                "til orientering", null, null, false, true, "Udgår", null, null, List.of(), List.of(), List.of(),
                List.of(), List.of());
        return new MinutesView(MEETING, FKU, "Forum for Koordination og Udvikling", "BolivVejle",
                MeetingStatus.CLOSED, "afholdt", null, START, START.plusHours(2), "Løget Beboerhus", List.of(),
                List.of(), List.of(), List.of(), null, null, null, null, List.of(), List.of(budget, withdrawn),
                List.of(), List.of(), null);
    }

    @Test
    void anItemsHistoryIsATableOfWhoDidWhatWhenInDanishTime() throws Exception {
        Document page = render("/evaluering/historik/moeder/" + MEETING + "/punkter/" + BUDGET);
        assertThat(asked).containsExactly(new FindAgendaItemHistory(MEETING, BUDGET, null));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Historik for punktet »Budget 2027«");
        assertThat(page.title()).isEqualTo("Historik for punktet »Budget 2027« – Protokol");
        Element table = page.getElementById("historik");
        assertThat(table.selectFirst("caption").text()).isEqualTo("3 registreringer, ældste først");
        assertThat(table.select("thead th").eachText()).containsExactly("Registreret", "Hvem", "Hvad", "Detaljer");
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).hasSize(3);
        // winter time is one hour ahead of UTC, summer time two
        assertThat(rows.get(0).selectFirst("th").text()).isEqualTo("20. februar 2026 10:15:00");
        assertThat(rows.get(0).selectFirst("time").attr("datetime")).isEqualTo("2026-02-20T09:15:00Z");
        assertThat(rows.get(1).selectFirst("th").text()).isEqualTo("1. april 2026 12:00:05");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Sara Sekretær",
                "Punktet »Budget« blev sat på dagsordenen", "Type: til beslutning Sagsfremstilling: Udkast fra sekretariatet");
        assertThat(rows.get(0).select("td li").eachText()).containsExactly("Type: til beslutning",
                "Sagsfremstilling: Udkast fra sekretariatet");
        assertThat(rows.get(1).select("td").get(0).text()).isEqualTo("admin");
        // nobody named in the metadata
        assertThat(rows.get(2).select("td").get(0).text()).isEqualTo("(ukendt person)");
        assertThat(rows.get(2).select("ul")).isEmpty();
        assertThat(rows.get(2).id()).isEqualTo("haendelse-15");
        // back to the minutes and to the whole meeting's history
        assertThat(page.getElementById("link-referat").attr("href")).isEqualTo("/moeder/" + MEETING);
        assertThat(page.getElementById("link-moedets-historik").attr("href"))
                .isEqualTo("/evaluering/historik/moeder/" + MEETING);
        assertThat(page.select("nav.main-nav a[aria-current=page]").eachAttr("href")).containsExactly("/evaluering");
    }

    @Test
    void aMeetingsHistoryIsNamedByItsBodyAndDate() throws Exception {
        Document page = render("/evaluering/historik/moeder/" + MEETING);
        assertThat(asked).containsExactly(new FindMeetingHistory(MEETING, null));
        assertThat(page.selectFirst("h1").text())
                .isEqualTo("Historik for mødet i Forum for Koordination og Udvikling 2. marts 2026");
        assertThat(page.getElementById("link-moedets-historik")).isNull();
        assertThat(page.select("#historik tbody tr")).hasSize(3);
    }

    @Test
    void aLongDecisionIsShortenedInTheHeadingAndShownInFull() throws Exception {
        Document page = render("/evaluering/historik/moeder/" + MEETING + "/beslutninger/" + DECISION);
        assertThat(asked).containsExactly(new FindDecisionHistory(MEETING, DECISION, null));
        assertThat(page.selectFirst("h1").text()).startsWith("Historik for beslutningen »Budgettet godkendes")
                .endsWith("...«").hasSizeLessThan(120);
        assertThat(page.getElementById("beslutningens-tekst").text()).isEqualTo(DECISION_TEXT);
        assertThat(page.select("#historik tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("vedtaget"));
    }

    @Test
    void aBodyWithNothingRecordedSaysSoAndLinksToItsMeetings() throws Exception {
        Document page = render("/evaluering/historik/organer/" + FKU);
        assertThat(asked).containsExactly(new FindBodyHistory(FKU, null));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Historik for organet Forum for Koordination og Udvikling");
        assertThat(page.getElementById("historik")).isNull();
        assertThat(page.selectFirst("main").text()).contains("Intet registreret.");
        assertThat(page.getElementById("link-organets-moeder").attr("href")).isEqualTo("/moeder?bodyId=" + FKU);
        assertThat(page.getElementById("link-referat")).isNull();
    }

    @Test
    void aPersonWithoutANameIsShownAsUnnamed() throws Exception {
        Document page = render("/evaluering/historik/personer/" + SECRETARY);
        assertThat(asked).containsExactly(new FindPersonHistory(SECRETARY, null));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Historik for personen (uden navn)");
        assertThat(page.selectFirst("#historik tbody tr").text()).contains("10. januar 2025 09:00:00", "admin",
                "Personen blev registreret", "Navn: Sara Sekretær");
    }

    @Test
    void asOfIsDanishTimeToTheSecond() throws Exception {
        Document page = render("/evaluering/historik/moeder/" + MEETING + "/punkter/" + BUDGET
                + "?asOf=2026-04-01T12:00:04");
        assertThat(asked).containsExactly(
                new FindAgendaItemHistory(MEETING, BUDGET, Instant.parse("2026-04-01T10:00:04Z")));
        assertThat(page.selectFirst("input#asOf").val()).isEqualTo("2026-04-01T12:00:04");
        assertThat(page.selectFirst("input#asOf").attr("step")).isEqualTo("1");
        assertThat(page.selectFirst("p.notice").text()).isEqualTo("Vist som registreret pr. 1. april 2026 12:00:04.");
        assertThat(page.selectFirst("label[for=asOf]").text()).isEqualTo("Som registreret pr.");
    }

    @Test
    void aBadAsOfIsABadRequest() throws Exception {
        mvc.perform(get("/evaluering/historik/moeder/" + MEETING).param("asOf", "i går"))
                .andExpect(status().isBadRequest());
        assertThat(asked).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/evaluering/historik/moeder/%s", "/evaluering/historik/moeder/%s/punkter/%s",
            "/evaluering/historik/moeder/%s/beslutninger/%s", "/evaluering/historik/organer/%s",
            "/evaluering/historik/personer/%s"})
    void anUnknownItemIsANotFoundPage(String template) throws Exception {
        String path = template.formatted(MeetingId.random(), AgendaItemId.random());
        Document page = render(path, status().isNotFound());
        assertThat(page.selectFirst("h1").text()).isEqualTo("Ikke fundet");
        assertThat(page.selectFirst("main").text()).containsAnyOf("Mødet findes ikke", "Punktet findes ikke",
                "Beslutningen findes ikke", "Organet findes ikke", "Personen findes ikke");
    }

    @Test
    void anUnknownItemOfAKnownMeetingIsANotFoundPage() throws Exception {
        Document page = render("/evaluering/historik/moeder/" + MEETING + "/punkter/" + AgendaItemId.random(),
                status().isNotFound());
        assertThat(page.selectFirst("main").text()).contains("Punktet findes ikke på mødet");
    }

    @Test
    void theHistoryInEnglish() throws Exception {
        Document page = render("/evaluering/historik/moeder/" + MEETING + "/punkter/" + BUDGET + "?lang=en");
        assertThat(page.selectFirst("h1").text()).isEqualTo("History of the item \"Budget 2027\"");
        assertThat(page.select("#historik thead th").eachText()).containsExactly("Recorded", "Who", "What", "Details");
        assertThat(page.selectFirst("#historik caption").text()).isEqualTo("3 entries, oldest first");
    }

    @Test
    void anEnglishPageAsksForTheEntriesInEnglishAndShowsThem() throws Exception {
        Document page = render("/evaluering/historik/moeder/" + MEETING + "/punkter/" + BUDGET + "?lang=en");
        assertThat(asked).containsExactly(new FindAgendaItemHistory(MEETING, BUDGET, null, "en"));
        assertThat(page.select("main > p").eachText()).contains(
                "Everything recorded about the agenda item, its decisions and follow-up: who did what, when.");
        List<Element> rows = page.select("#historik tbody tr");
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Sara Sekretær",
                "The item \"Budget\" was put on the agenda", "Kind: for decision Case presentation: Udkast fra sekretariatet");
        assertThat(rows.get(2).select("td").get(1).text()).isEqualTo("Decision in the item \"Budget 2027\": adopted");
        assertThat(page.selectFirst("main").text()).doesNotContain("Entries are in Danish", "blev", "Punktet");
    }

    @Test
    void aDanishPageAsksForTheEntriesInDanish() throws Exception {
        render("/evaluering/historik/moeder/" + MEETING + "?lang=da");
        render("/evaluering/historik/organer/" + FKU);
        render("/evaluering/historik/personer/" + SECRETARY);
        assertThat(asked).containsExactly(new FindMeetingHistory(MEETING, null, "da"),
                new FindBodyHistory(FKU, null, "da"), new FindPersonHistory(SECRETARY, null, "da"));
        render("/evaluering/historik/moeder/" + MEETING + "/beslutninger/" + DECISION + "?lang=en");
        assertThat(asked).last().isEqualTo(new FindDecisionHistory(MEETING, DECISION, null, "en"));
    }

    @Test
    void theMinutesLinkToTheHistoryOfTheMeetingEachItemAndEachDecision() throws Exception {
        Document page = render("/moeder/" + MEETING);
        Element meetingLink = page.getElementById("historik-moedet");
        assertThat(meetingLink.attr("href")).isEqualTo("/evaluering/historik/moeder/" + MEETING);
        assertThat(meetingLink.text()).isEqualTo("Historik for mødet");
        assertThat(meetingLink.selectFirst(".visually-hidden").text()).isEqualTo("for mødet");

        Element budget = page.getElementById("punkt-" + BUDGET);
        List<Element> links = budget.select("a[href^=/evaluering/historik/]");
        assertThat(links).extracting(link -> link.attr("href")).containsExactly(
                "/evaluering/historik/moeder/" + MEETING + "/punkter/" + BUDGET,
                "/evaluering/historik/moeder/" + MEETING + "/beslutninger/" + DECISION);
        // short to the eye, telling to a screen reader
        assertThat(links.get(0).ownText()).isEqualTo("Historik");
        assertThat(links.get(0).text()).isEqualTo("Historik for punkt 2: Budget 2027");
        assertThat(links.get(1).text()).startsWith("Historik for beslutningen: Budgettet godkendes")
                .endsWith("...");
        assertThat(page.getElementById("punkt-" + WITHDRAWN).selectFirst("a[href^=/evaluering/historik/]").text())
                .isEqualTo("Historik for punktet Eventuelt");
        // the links do not change the minutes' structure
        assertThat(budget.select("h4").eachText()).containsExactly("Beslutning");
    }

    @Test
    void theOrgChartLinksToEachBodysHistory() throws Exception {
        Document page = render("/organisation");
        Element link = page.selectFirst(".node a[href^=/evaluering/historik/organer/]");
        assertThat(link.attr("href")).isEqualTo("/evaluering/historik/organer/" + FKU);
        assertThat(link.text()).isEqualTo("Historik for Forum for Koordination og Udvikling");
    }

    @Test
    void theStartingPointListsTheBodiesHistories() throws Exception {
        Document page = render("/evaluering");
        Element table = page.getElementById("evaluering-organer");
        assertThat(table.selectFirst("caption").text()).isEqualTo("1 organer; vælg et for at se dets historik");
        assertThat(table.selectFirst("tbody th a").attr("href")).isEqualTo("/evaluering/historik/organer/" + FKU);
        assertThat(table.selectFirst("tbody tr").text()).isEqualTo("Forum for Koordination og Udvikling forum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/evaluering/historik/moeder/MEETING", "/evaluering/historik/moeder/MEETING/punkter/ITEM",
            "/evaluering/historik/moeder/MEETING/beslutninger/DECISION", "/evaluering/historik/organer/BODY",
            "/evaluering/historik/personer/PERSON?asOf=2026-01-01T10:00", "/evaluering", "/moeder/MEETING",
            "/organisation"})
    void accessibleMarkup(String template) throws Exception {
        String path = template.replace("MEETING", MEETING.toString()).replace("ITEM", BUDGET.toString())
                .replace("DECISION", DECISION.toString()).replace("BODY", FKU.toString())
                .replace("PERSON", SECRETARY.toString());
        Document page = render(path);
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("da");
        PageChecks.everyControlIsLabelled(page);
        assertThat(page.select("th")).allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "row"));
        assertThat(page.select("table")).allSatisfy(table -> assertThat(table.select("caption")).hasSize(1));
        PageChecks.oneH1AndNoSkippedHeadingLevel(page);
        assertThat(page.select("[style], style")).isEmpty();
        assertThat(page.select("script")).allSatisfy(script -> assertThat(script.data()).isBlank());
        PageChecks.noInlineHandlers(page);
        assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
        // every link has a text of its own
        assertThat(page.select("main a")).allSatisfy(link -> assertThat(link.text()).isNotBlank());
    }

    private Document render(String path) throws Exception {
        return render(path, status().isOk());
    }

    private Document render(String path, ResultMatcher expected) throws Exception {
        MvcResult result = mvc.perform(get(path)).andExpect(expected).andReturn();
        return Jsoup.parse(result.getResponse().getContentAsString());
    }
}
