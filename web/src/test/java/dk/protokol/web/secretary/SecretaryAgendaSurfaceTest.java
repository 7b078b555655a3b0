package dk.protokol.web.secretary;

import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.query.minutes.FindMinutes;
import dk.protokol.query.minutes.MeetingStatus;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.query.organisation.OrgChart;
import dk.protokol.query.organisation.PersonRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting page as a working surface (issue 9): one agenda item open at a time, the others collapsed to what is
 * recorded under them; the decision, action and referral forms opened on demand; the agenda as a side list that
 * marks the open item. Same context as the other secretary page tests.
 */
class SecretaryAgendaSurfaceTest extends SecretaryPageTest {

    static final AgendaItemId DROPPED = AgendaItemId.random();
    static final AgendaItemId MISC = AgendaItemId.random();
    static final String PAGE = "/sekretaer/moeder/" + MEETING;

    /**
     * 1 the standing item: notes, a decision adopted, two actions; 2 the budget: referred, no notes; a withdrawn
     * item; 3 any other business: nothing recorded.
     */
    @Override
    Object answer(Object query) {
        if (query instanceof FindOrgChart) {
            OrgChart.Node fku = new OrgChart.Node(FKU, "FKU", BodyKind.FORUM, null,
                    List.of(new OrgChart.Member(SARA, "Sara Sekretær", MemberRole.SECRETARY, null),
                            new OrgChart.Member(KARSTEN, "Karsten Kommunaldirektør", MemberRole.CHAIR, null)),
                    List.of(), List.of());
            OrgChart.Node bps = new OrgChart.Node(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, null,
                    List.of(), List.of(), List.of(fku));
            return new OrgChart(START.toLocalDate(), null, List.of(new OrgChart.Organisation("BolivVejle", List.of(bps))));
        } else if (query instanceof FindMinutes) {
            return minutes();
        } else if (query instanceof FindBody) {
            return new BodyDetail(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS, "BPS", null, null, null, null, null,
                    START.toLocalDate(), true, null, List.of(
                    new BodyDetail.Member(KARSTEN, "Karsten Kommunaldirektør", MemberRole.CHAIR, null, null, null, null),
                    new BodyDetail.Member(SARA, "Sara Sekretær", MemberRole.SECRETARY, null, null, null, null)),
                    List.of());
        } else if (query instanceof FindBodies) {
            return List.of(new BodySummary(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null, null, null, null),
                    new BodySummary(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS, null, null, null));
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    private MinutesView minutes() {
        PersonRef karsten = new PersonRef(KARSTEN, "Karsten Kommunaldirektør");
        MinutesView.Item standing = new MinutesView.Item(STANDING, 1, "Godkendelse af dagsorden og referat",
                AgendaItemKind.DECISION, "til beslutning", null, null, true, false, null, "Dagsordenen blev godkendt.",
                null, List.of(new MinutesView.Decision(DecisionId.random(), "Referatet godkendes.", DecisionOutcome.ADOPTED,
                        "vedtaget", null, null, false, List.of())),
                List.of(new MinutesView.Action(ActionId.random(), "Rette referatet", karsten, START.toLocalDate().plusDays(7), null),
                        new MinutesView.Action(ActionId.random(), "Sende referatet", karsten, START.toLocalDate().plusDays(8), null)),
                List.of(), List.of(), List.of());
        MinutesView.Item budget = new MinutesView.Item(BUDGET, 2, "Budget 2027", AgendaItemKind.DECISION,
                "til beslutning", "Forslag til budget", null, false, false, null, null, null, List.of(), List.of(),
                List.of(new MinutesView.Referral(ReferralId.random(), BPS, "Boligpolitisk Styregruppe", null)),
                List.of(), List.of());
        MinutesView.Item dropped = new MinutesView.Item(DROPPED, null, "Legepladsen", AgendaItemKind.INFORMATION,
                "til orientering", null, null, false, true, "Sagen er ikke klar", null, null, List.of(), List.of(),
                List.of(), List.of(), List.of());
        MinutesView.Item misc = new MinutesView.Item(MISC, 3, "Eventuelt", AgendaItemKind.DECISION, "til beslutning",
                null, null, false, false, null, null, null, List.of(), List.of(), List.of(), List.of(), List.of());
        return new MinutesView(MEETING, FKU, "FKU", "BolivVejle", meetingStatus, "i gang", null, START,
                START.plusHours(2), "Løget Beboerhus", List.of(), List.of(), List.of(), List.of(),
                null, null, null, null, List.of(), List.of(standing, budget, dropped, misc), List.of(), null);
    }

    private static List<String> openItems(Document page) {
        return page.select("details.item-details[open]").stream().map(d -> d.closest("article").id()).toList();
    }

    private static List<String> current(Document page) {
        return page.select("nav.agenda-nav a[aria-current]").eachAttr("data-item");
    }

    @Test
    void oneItemIsOpenWhileTheMeetingIsOpenTheFirstWithoutNotes() throws Exception {
        Document page = render(PAGE);
        assertThat(page.select("#minutes-section details.item-details")).hasSize(3);
        assertThat(openItems(page)).containsExactly("item-" + BUDGET);
        // the items share a name, so the browser keeps one open; each collapsed line is the details' summary
        assertThat(page.select("details.item-details").eachAttr("name")).containsOnly("agenda-items");
        assertThat(page.select("details.item-details")).allSatisfy(d ->
                assertThat(d.child(0).id()).isEqualTo(d.closest("article").id() + "-summary"));
    }

    @Test
    void theCollapsedItemsSayWhatIsRecordedUnderThem() throws Exception {
        Document page = render(PAGE);
        assertThat(page.getElementById("item-" + STANDING + "-summary").text()).isEqualTo(
                "Punkt 1: Godkendelse af dagsorden og referat referat gemt, beslutning: vedtaget, 2 handlinger");
        assertThat(page.getElementById("item-" + BUDGET + "-summary").text()).isEqualTo("Punkt 2: Budget 2027 henvist");
        assertThat(page.getElementById("item-" + MISC + "-summary").text()).isEqualTo("Punkt 3: Eventuelt intet registreret");

        Document english = render(PAGE + "?lang=en");
        assertThat(english.getElementById("item-" + STANDING + "-summary").selectFirst(".item-summary__state").text())
                .isEqualTo("notes saved, decision: adopted, 2 actions");
        assertThat(english.getElementById("item-" + BUDGET + "-summary").text()).isEqualTo("Item 2: Budget 2027 referred");
    }

    @Test
    void theAgendaIsASideListThatMarksTheOpenItem() throws Exception {
        Document page = render(PAGE);
        Element nav = page.selectFirst("nav.agenda-nav");
        assertThat(page.getElementById(nav.attr("aria-labelledby")).text()).isEqualTo("Dagsorden");
        // before the page's sections, so that on a narrow screen it sits above them
        assertThat(nav.parent().child(0)).isEqualTo(nav);
        List<Element> links = nav.select("li > a");
        assertThat(links).extracting(Element::text)
                .containsExactly("1. Godkendelse af dagsorden og referat", "2. Budget 2027", "3. Eventuelt");
        assertThat(links).extracting(a -> a.attr("href")).containsExactly(
                PAGE + "?item=" + STANDING + "#item-" + STANDING, PAGE + "?item=" + BUDGET + "#item-" + BUDGET,
                PAGE + "?item=" + MISC + "#item-" + MISC);
        assertThat(nav.select(".agenda-nav__state").eachText())
                .containsExactly("referat gemt, beslutning: vedtaget, 2 handlinger", "henvist", "intet registreret");
        assertThat(current(page)).containsExactly(BUDGET.toString());
        assertThat(nav.selectFirst("a[aria-current]").attr("aria-current")).isEqualTo("step");
        assertThat(nav.text()).as("a withdrawn item is not on the list").doesNotContain("Legepladsen");

        // the side list's link names the item to open: the page comes back with it open and marked
        Document misc = render(PAGE + "?item=" + MISC);
        assertThat(openItems(misc)).containsExactly("item-" + MISC);
        assertThat(current(misc)).containsExactly(MISC.toString());
        // what names no item on the agenda leaves the default
        assertThat(openItems(render(PAGE + "?item=" + DROPPED))).containsExactly("item-" + BUDGET);
        assertThat(openItems(render(PAGE + "?item=%3Cb%3E"))).containsExactly("item-" + BUDGET);
    }

    @Test
    void beforeTheMeetingOpensNoItemIsOpenUnlessNamed() throws Exception {
        meetingStatus = MeetingStatus.AGENDA_PUBLISHED;
        Document page = render(PAGE);
        assertThat(openItems(page)).isEmpty();
        assertThat(current(page)).isEmpty();
        assertThat(page.select("nav.agenda-nav li")).hasSize(3);
        assertThat(openItems(render(PAGE + "?item=" + STANDING))).containsExactly("item-" + STANDING);
    }

    @Test
    void theNotesFormIsShownInTheOpenItemAndTheOtherFormsOpenOnDemand() throws Exception {
        Document page = render(PAGE);
        Element budget = page.getElementById("item-" + BUDGET);
        Element notes = budget.getElementById("notes-" + BUDGET);
        assertThat(notes.parents().stream().filter(e -> e.tagName().equals("details")))
                .as("the notes form is in no disclosure but its item").containsExactly(budget.selectFirst("details.item-details"));
        for (String[] form : new String[][]{{"decision", "Registrér beslutning"}, {"action", "Aftal handling"},
                {"referral", "Henvis sagen"}}) {
            Element disclosure = budget.getElementById(form[0] + "-" + BUDGET + "-disclosure");
            assertThat(disclosure.tagName()).isEqualTo("details");
            assertThat(disclosure.hasAttr("open")).as(form[0]).isFalse();
            assertThat(disclosure.child(0).tagName()).isEqualTo("summary");
            assertThat(disclosure.child(0).text()).isEqualTo(form[1]);
            assertThat(disclosure.getElementById(form[0] + "-" + BUDGET)).isNotNull();
        }
        Document english = render(PAGE + "?lang=en");
        assertThat(english.getElementById("decision-" + BUDGET + "-disclosure").child(0).text()).isEqualTo("Record a decision");
        assertThat(english.getElementById("action-" + BUDGET + "-disclosure").child(0).text()).isEqualTo("Agree an action");
        assertThat(english.getElementById("referral-" + BUDGET + "-disclosure").child(0).text()).isEqualTo("Refer the case");
        assertThat(english.selectFirst("nav.agenda-nav .agenda-nav__title").text()).isEqualTo("Agenda");
    }

    @Test
    void afterASaveTheSavedFormsItemIsOpenAndItsFormClosedWithTheSavedMark() throws Exception {
        mvc.perform(form(PAGE + "/punkter/" + MISC + "/beslutninger").param("text", "Intet at bemærke.")
                        .param("outcome", "NOTED"))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=decision-" + MISC));
        Document page = render(PAGE + "?minPosition=42&saved=decision-" + MISC);
        assertThat(openItems(page)).containsExactly("item-" + MISC);
        assertThat(current(page)).containsExactly(MISC.toString());
        Element block = page.getElementById("decision-" + MISC + "-block");
        assertThat(block.getElementById("decision-" + MISC + "-saved").hasAttr("autofocus")).isTrue();
        assertThat(block.getElementById("decision-" + MISC + "-disclosure").hasAttr("open")).isFalse();
        // the saved form's item wins over the item the address named before
        assertThat(openItems(render(PAGE + "?item=" + STANDING + "&saved=notes-" + MISC)))
                .containsExactly("item-" + MISC);
        // a saved form of no item (attendance) leaves the default
        assertThat(openItems(render(PAGE + "?saved=attendance-" + KARSTEN))).containsExactly("item-" + BUDGET);
    }

    @Test
    void afterARefusedSaveItsItemAndFormAreOpenWithWhatWasTypedAndWhy() throws Exception {
        String html = mvc.perform(form(PAGE + "/punkter/" + STANDING + "/beslutninger")
                        .param("text", "Beslutning uden udfald").header("HX-Request", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        Document page = Jsoup.parse(html);
        assertThat(openItems(page)).containsExactly("item-" + STANDING);
        assertThat(current(page)).containsExactly(STANDING.toString());
        Element block = page.getElementById("decision-" + STANDING + "-block");
        assertThat(block.getElementById("decision-" + STANDING + "-disclosure").hasAttr("open")).isTrue();
        assertThat(block.getElementById("decision-" + STANDING + "-text").text()).isEqualTo("Beslutning uden udfald");
        Element outcome = block.getElementById("decision-" + STANDING + "-outcome-error");
        assertThat(outcome).isNotNull();
        assertThat(outcome.closest("fieldset").attr("aria-describedby")).isEqualTo(outcome.id());
        assertThat(block.getElementById("decision-" + STANDING + "-error").hasAttr("autofocus")).isTrue();
        assertThat(page.select("[autofocus]")).hasSize(1);
        // the other items' forms stay closed
        assertThat(page.select("details.form-disclosure[open]")).hasSize(1);

        // refused by a rule (409): the same
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("ReferralNeedsAnotherBody", "targetBodyId",
                "Vælg et andet organ end mødets eget."));
        Document refused = Jsoup.parse(mvc.perform(form(PAGE + "/punkter/" + MISC + "/henvisninger")
                        .param("targetBodyId", FKU.toString()).param("note", "Til videre behandling"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
        assertThat(openItems(refused)).containsExactly("item-" + MISC);
        assertThat(refused.getElementById("referral-" + MISC + "-disclosure").hasAttr("open")).isTrue();
        assertThat(refused.getElementById("referral-" + MISC + "-note").val()).isEqualTo("Til videre behandling");
        Element target = refused.getElementById("referral-" + MISC + "-targetBodyId");
        assertThat(target.attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.getElementById(target.attr("aria-describedby")).text()).isEqualTo("Vælg et andet organ end mødets eget.");
    }

    @Test
    void aSaveUnderAnItemAlsoBringsItsCollapsedLineAndSideListEntry() throws Exception {
        Document page = render(PAGE);
        for (String kind : List.of("notes", "decision", "action", "referral")) {
            List<String> oob = List.of(page.getElementById(kind + "-" + MISC).attr("hx-select-oob").split(","));
            assertThat(oob).as(kind).contains("#item-" + MISC + "-summary", "#agenda-nav-" + MISC,
                    "#item-" + MISC + "-recorded");
        }
        assertThat(List.of(page.getElementById("amend-" + MISC).attr("hx-select-oob").split(",")))
                .contains("#item-" + MISC + "-summary", "#agenda-nav-" + MISC);
        // the answer to an htmx save is the page: the entry says what is recorded now
        String html = mvc.perform(get(PAGE).param("saved", "notes-" + MISC).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).getElementById("agenda-nav-" + MISC).selectFirst("a").attr("aria-current"))
                .isEqualTo("step");
    }
}
