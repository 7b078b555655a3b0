package dk.protokol.web.secretary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.meeting.ChooseChairOfTheDay;
import dk.protokol.events.command.meeting.NameMinuteTaker;
import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.command.meeting.AmendAgendaItem;
import dk.protokol.events.command.meeting.AmendAgendaItem.PresenterChange;
import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.command.meeting.WithdrawAgendaItem;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceStatus;
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
import dk.protokol.web.support.PageChecks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The meeting page's working surface beyond the basics (issue 5, item 2): amending and withdrawing agenda items,
 * the presenter, partial attendance and substitutes, and the htmx enhancement (each form swaps its own block out
 * of the answer; a refusal is answered with the page, so the block shows what was typed and why). The read side is
 * stubbed at the query gateway and the command gateway mocked, as in {@link SecretaryPagesTest} (same context).
 */
class SecretaryWorkingSurfaceTest extends SecretaryPageTest {

    static final AgendaItemId DROPPED = AgendaItemId.random();
    static final AgendaItemId MISC = AgendaItemId.random();
    static final PersonId SUSANNE = PersonId.random();
    static final PersonId OLE = PersonId.random();
    static final String PAGE = "/sekretaer/moeder/" + MEETING;
    /** Registered, but in no body on the meeting's day. */
    static final PersonId DORTE = PersonId.random();

    /** The presenter of item 3 (any other business); none unless a test says so. */
    PersonRef miscPresenter;

    @Override
    Object answer(Object query) {
        if (query instanceof FindOrgChart) {
            OrgChart.Node fku = new OrgChart.Node(FKU, "FKU", BodyKind.FORUM, null,
                    List.of(new OrgChart.Member(SARA, "Sara Sekretær", MemberRole.SECRETARY, null),
                            new OrgChart.Member(KARSTEN, "Karsten Kommunaldirektør", MemberRole.CHAIR, null),
                            new OrgChart.Member(SUSANNE, "Susanne Suppleant", MemberRole.SUBSTITUTE, null)),
                    List.of(), List.of());
            OrgChart.Node bps = new OrgChart.Node(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, null,
                    List.of(new OrgChart.Member(OLE, "Ole Oplægsholder", MemberRole.MEMBER, null)), List.of(), List.of(fku));
            return new OrgChart(START.toLocalDate(), null, List.of(new OrgChart.Organisation("BolivVejle", List.of(bps))));
        } else if (query instanceof FindMinutes) {
            return minutes();
        } else if (query instanceof FindBody) {
            return new BodyDetail(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS, "BPS", null, null, null, null, null,
                    START.toLocalDate(), true, null, List.of(
                    new BodyDetail.Member(KARSTEN, "Karsten Kommunaldirektør", MemberRole.CHAIR, null, null, null, null),
                    new BodyDetail.Member(SARA, "Sara Sekretær", MemberRole.SECRETARY, null, null, null, null),
                    new BodyDetail.Member(SUSANNE, "Susanne Suppleant", MemberRole.SUBSTITUTE, null, null, null, null)),
                    List.of());
        } else if (query instanceof FindBodies) {
            return List.of(new BodySummary(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null, null, null, null),
                    new BodySummary(FKU, "FKU", BodyKind.FORUM, "BolivVejle", BPS, null, null, null));
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    /**
     * Items: 1 the standing item, 2 the budget (presented by Ole, with notes), a withdrawn item, 3 any other
     * business. Karsten attends from item 2; Susanne stands in for him until item 1; Ole is a guest.
     */
    private MinutesView minutes() {
        MinutesView.Item standing = item(STANDING, 1, "Godkendelse af dagsorden og referat", AgendaItemKind.DECISION,
                null, true, false, null, null);
        MinutesView.Item budget = item(BUDGET, 2, "Budget 2027", AgendaItemKind.DECISION,
                new PersonRef(OLE, "Ole Oplægsholder"), false, false, null, "Drøftet.");
        MinutesView.Item dropped = item(DROPPED, null, "Legepladsen", AgendaItemKind.INFORMATION, null, false, true,
                "Sagen er ikke klar", null);
        MinutesView.Item misc = item(MISC, 3, "Eventuelt", AgendaItemKind.DISCUSSION, miscPresenter, false, false, null,
                null);
        return new MinutesView(MEETING, FKU, "FKU", "BolivVejle", meetingStatus, "i gang", null, START,
                START.plusHours(2), "Løget Beboerhus",
                List.of(new MinutesView.Attendee(KARSTEN, "Karsten Kommunaldirektør", null, null, 2, null, null),
                        new MinutesView.Attendee(SUSANNE, "Susanne Suppleant", null,
                                new PersonRef(KARSTEN, "Karsten Kommunaldirektør"), null, 1, null)),
                List.of(new MinutesView.Attendee(SARA, "Sara Sekretær", null, null, null, null, null)), List.of(),
                List.of(new MinutesView.Attendee(OLE, "Ole Oplægsholder", null, null, 2, 2, null)),
                null, null, null, null, List.of(), List.of(standing, budget, dropped, misc), List.of(), null);
    }

    private static MinutesView.Item item(AgendaItemId id, Integer number, String title, AgendaItemKind kind,
                                         PersonRef presenter, boolean standing, boolean withdrawn, String reason,
                                         String notes) {
        String label = switch (kind) {
            case INFORMATION -> "til orientering";
            case DISCUSSION -> "til drøftelse";
            case DECISION -> "til beslutning";
        };
        return new MinutesView.Item(id, number, title, kind, label, null, presenter, standing, withdrawn, reason,
                notes, null, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true").header("HX-Target", "x");
    }

    // ---- the chair for the day

    @Test
    void theChairForTheDayIsChosenAmongTheVotingMembersPresent() throws Exception {
        Document page = render(PAGE);
        assertThat(page.select("#chair-of-the-day-personId option[value]").eachAttr("value"))
                .as("Karsten chairs and is present; Susanne only substitutes, Sara sent apologies")
                .containsExactly("", KARSTEN.toString());

        mvc.perform(form(PAGE + "/moedeleder").param("personId", KARSTEN.toString()))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=chair-of-the-day"));
        assertThat(sent()).isEqualTo(new ChooseChairOfTheDay(MEETING, KARSTEN));
    }

    @Test
    void theMinuteTakerIsNamedAmongThoseWhoRecordForTheBody() throws Exception {
        Document page = render(PAGE);
        assertThat(page.select("#minute-taker-personId option[value]").eachAttr("value"))
                .as("Sara is FKU's secretary; the chair, the substitute and BPS's member do not record for FKU")
                .containsExactly("", SARA.toString());

        mvc.perform(form(PAGE + "/referent").param("personId", SARA.toString()))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=minute-taker"));
        assertThat(sent()).isEqualTo(new NameMinuteTaker(MEETING, SARA));
    }

    @Test
    void aChairForTheDayLeftOutIsRefusedWithTheApisMessage() throws Exception {
        Document page = Jsoup.parse(mvc.perform(form(PAGE + "/moedeleder").param("personId", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        verify(commandGateway, never()).sendAndWait(any());
        assertThat(page.getElementById("chair-of-the-day-personId-error").text()).isEqualTo("Vælg mødelederen.");
    }

    // ---- amend and withdraw

    @Test
    void amendingAnItemSendsTitleKindAndDescriptionAndRedirectsWithThePosition() throws Exception {
        mvc.perform(form(PAGE + "/punkter/" + BUDGET + "/ret").param("title", " Budget 2027, revideret ")
                        .param("kind", "DISCUSSION").param("description", ""))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=amend-" + BUDGET));
        // a blank description removes it (the command's rule), so it is sent as typed, not as "unchanged" (null)
        assertThat(sent()).isEqualTo(new AmendAgendaItem(MEETING, BUDGET, "Budget 2027, revideret",
                AgendaItemKind.DISCUSSION, ""));
    }

    @Test
    void aRefusedAmendmentKeepsWhatWasTypedAndShowsTheRuleBesideTheKind() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("DecidedItemStaysADecisionItem", "kind",
                "Der er truffet beslutning i punktet, så det skal forblive et punkt til beslutning."));
        Document page = Jsoup.parse(mvc.perform(form(PAGE + "/punkter/" + BUDGET + "/ret")
                        .param("title", "Budget, rettet").param("kind", "INFORMATION").param("description", "Ny tekst"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
        Element amend = page.getElementById("amend-" + BUDGET);
        assertThat(amend.closest("details").hasAttr("open")).isTrue();
        assertThat(page.getElementById("amend-" + BUDGET + "-title").val()).isEqualTo("Budget, rettet");
        assertThat(page.getElementById("amend-" + BUDGET + "-description").text()).isEqualTo("Ny tekst");
        assertThat(amend.selectFirst("input[name=kind][checked]").val()).isEqualTo("INFORMATION");
        Element error = page.getElementById("amend-" + BUDGET + "-kind-error");
        assertThat(error.text()).isEqualTo("Der er truffet beslutning i punktet, så det skal forblive et punkt til beslutning.");
        assertThat(error.attr("role")).isEqualTo("alert");
        assertThat(error.closest("fieldset").attr("aria-describedby")).isEqualTo(error.id());
        // the summary at the top of the form takes the focus when the block is swapped in
        assertThat(page.getElementById("amend-" + BUDGET + "-error").hasAttr("autofocus")).isTrue();
        // other items' forms are empty as ever
        assertThat(page.getElementById("amend-" + MISC + "-title").val()).isEqualTo("Eventuelt");
    }

    @Test
    void withdrawingAnItemSendsTheReasonAndAMissingReasonIsRefusedBesideTheField() throws Exception {
        Document page = Jsoup.parse(mvc.perform(form(PAGE + "/punkter/" + MISC + "/tag-af").param("reason", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        verify(commandGateway, never()).sendAndWait(any());
        Element reason = page.getElementById("withdraw-" + MISC + "-reason");
        assertThat(reason.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(reason.attr("aria-describedby")).text()).isEqualTo("Angiv en begrundelse.");
        assertThat(reason.closest("details").hasAttr("open")).isTrue();

        mvc.perform(form(PAGE + "/punkter/" + MISC + "/tag-af").param("reason", "Udsat til næste møde"))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=withdraw-" + MISC));
        assertThat(sent()).isEqualTo(new WithdrawAgendaItem(MEETING, MISC, "Udsat til næste møde"));
    }

    @Test
    void aWithdrawnItemIsStruckThroughWithItsReasonAndHasNoForms() throws Exception {
        Document page = render(PAGE);
        Element dropped = page.getElementById("agenda-item-" + DROPPED);
        assertThat(dropped.select("del").text()).isEqualTo("Legepladsen");
        assertThat(dropped.text()).contains("Taget af dagsordenen: Sagen er ikke klar");
        assertThat(dropped.select("form, button, input, details")).isEmpty();
        assertThat(page.getElementById("item-" + DROPPED)).as("no minutes for a withdrawn item").isNull();
        // the items after it are numbered among those still on the agenda
        assertThat(page.getElementById("agenda-item-" + MISC).selectFirst(".item-number").text()).isEqualTo("Punkt 3:");
    }

    @Test
    void amendAndWithdrawAreOfferedOnlyWhereTheMeetingAllowsThem() throws Exception {
        Document open = render(PAGE);
        assertThat(open.getElementById("amend-" + BUDGET)).isNotNull();
        assertThat(open.getElementById("withdraw-" + MISC)).isNotNull();
        assertThat(open.getElementById("withdraw-" + STANDING)).as("the standing item stays").isNull();
        assertThat(open.getElementById("withdraw-" + BUDGET)).as("an item with minutes stays").isNull();
        assertThat(open.getElementById("add-item")).as("items may be added until the meeting closes").isNotNull();

        meetingStatus = MeetingStatus.CLOSED;
        Document closed = render(PAGE);
        assertThat(closed.select("form[id^=amend-], form[id^=withdraw-], #add-item, button.move-up, button.move-down"))
                .isEmpty();
    }

    // ---- presenter

    @Test
    void anItemIsAddedWithAPresenterChosenAmongMembersAndOthers() throws Exception {
        Document page = render(PAGE);
        Element select = page.getElementById("add-item-presenterId");
        assertThat(select.select("optgroup").eachAttr("label")).containsExactly("Organets medlemmer", "Andre");
        assertThat(select.select("optgroup").get(0).select("option").eachText())
                .containsExactly("Karsten Kommunaldirektør", "Sara Sekretær", "Susanne Suppleant");
        assertThat(select.select("optgroup").get(1).select("option").eachText()).containsExactly("Ole Oplægsholder");
        assertThat(page.getElementById("agenda-item-" + BUDGET).text()).contains("Oplægsholder: Ole Oplægsholder");
        assertThat(page.getElementById("item-" + BUDGET + "-about").text()).contains("Oplægsholder: Ole Oplægsholder");

        mvc.perform(form(PAGE + "/punkter").param("title", "Boligsocial status").param("kind", "INFORMATION")
                        .param("presenterId", OLE.toString()))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=add-item"));
        AddAgendaItem command = (AddAgendaItem) sent();
        assertThat(command.presenterId()).isEqualTo(OLE);
    }

    @Test
    void anUnknownPresenterIsRefusedBesideTheSelect() throws Exception {
        Document page = Jsoup.parse(mvc.perform(form(PAGE + "/punkter").param("title", "Status")
                        .param("kind", "INFORMATION").param("presenterId", "ikke-en-person"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        verify(commandGateway, never()).sendAndWait(any());
        assertThat(page.getElementById("add-item-presenterId-error").text()).isEqualTo("Vælg en af mulighederne på listen.");
        assertThat(page.getElementById("add-item-title").val()).isEqualTo("Status");
    }

    @Test
    void theAmendFormOffersThePresenterAsTheAddFormDoesWithTheCurrentOneChosen() throws Exception {
        Document page = render(PAGE);
        Element select = page.getElementById("amend-" + BUDGET + "-presenterId");
        assertThat(select.attr("name")).isEqualTo("presenterId");
        assertThat(page.select("label[for=amend-" + BUDGET + "-presenterId]").text()).isEqualTo("Oplægsholder");
        assertThat(select.child(0).text()).isEqualTo("Ingen oplægsholder");
        assertThat(select.child(0).val()).isEmpty();
        assertThat(select.select("optgroup").eachAttr("label")).containsExactly("Organets medlemmer", "Andre");
        assertThat(select.select("optgroup").get(0).select("option").eachText())
                .containsExactly("Karsten Kommunaldirektør", "Sara Sekretær", "Susanne Suppleant");
        assertThat(select.select("optgroup").get(1).select("option").eachText()).containsExactly("Ole Oplægsholder");
        assertThat(select.select("option[selected]").eachAttr("value")).containsExactly(OLE.toString());
        // an item without a presenter starts at "Ingen oplægsholder"
        assertThat(page.getElementById("amend-" + MISC + "-presenterId").select("option[selected]")).isEmpty();
    }

    @Test
    void aPresenterInNoBodyIsOfferedOnTheItemTheyPresentSoThatSavingKeepsThem() throws Exception {
        miscPresenter = new PersonRef(DORTE, "Dorte Direktør");
        Document page = render(PAGE);

        Element misc = page.getElementById("amend-" + MISC + "-presenterId");
        assertThat(misc.select("optgroup").get(1).select("option").eachText())
                .containsExactly("Dorte Direktør", "Ole Oplægsholder");
        assertThat(misc.select("option[selected]").eachAttr("value")).containsExactly(DORTE.toString());
        assertThat(page.getElementById("amend-" + BUDGET + "-presenterId").text()).doesNotContain("Dorte");
        assertThat(page.getElementById("add-item-presenterId").text()).doesNotContain("Dorte");
    }

    @Test
    void amendingSendsTheChosenPresenterOrNone() throws Exception {
        mvc.perform(form(PAGE + "/punkter/" + BUDGET + "/ret").param("title", "Budget 2027").param("kind", "DECISION")
                        .param("description", "").param("presenterId", KARSTEN.toString()))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=amend-" + BUDGET));
        assertThat(sent()).isEqualTo(new AmendAgendaItem(MEETING, BUDGET, "Budget 2027", AgendaItemKind.DECISION, "",
                PresenterChange.to(KARSTEN)));

        clearInvocations(commandGateway);
        mvc.perform(form(PAGE + "/punkter/" + BUDGET + "/ret").param("title", "Budget 2027").param("kind", "DECISION")
                        .param("description", "").param("presenterId", ""))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=amend-" + BUDGET));
        assertThat(sent()).isEqualTo(new AmendAgendaItem(MEETING, BUDGET, "Budget 2027", AgendaItemKind.DECISION, "",
                PresenterChange.none()));
    }

    @Test
    void aRefusedPresenterChangeKeepsTheChosenPresenterAndSaysWhy() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("AmendmentMustChangeSomething",
                "Ændringen ændrer ikke punktet: titel, type, beskrivelse og oplægsholder er de samme som før."));
        Document page = Jsoup.parse(mvc.perform(form(PAGE + "/punkter/" + BUDGET + "/ret").param("title", "Budget 2027")
                        .param("kind", "DECISION").param("description", "").param("presenterId", SUSANNE.toString()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());

        Element select = page.getElementById("amend-" + BUDGET + "-presenterId");
        assertThat(select.select("option[selected]").eachAttr("value")).containsExactly(SUSANNE.toString());
        assertThat(select.closest("details").hasAttr("open")).isTrue();
        assertThat(page.getElementById("amend-" + BUDGET + "-error").text()).contains("oplægsholder er de samme");
        // the other items' selects still start at their own presenter
        assertThat(page.getElementById("amend-" + MISC + "-presenterId").select("option[selected]")).isEmpty();
    }

    @Test
    void aPresenterChoiceThatIsNoPersonIsRefusedBesideTheSelect() throws Exception {
        Document page = Jsoup.parse(mvc.perform(form(PAGE + "/punkter/" + BUDGET + "/ret").param("title", "Budget 2027")
                        .param("kind", "DECISION").param("presenterId", "ikke-en-person"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString());
        verify(commandGateway, never()).sendAndWait(any());
        Element select = page.getElementById("amend-" + BUDGET + "-presenterId");
        assertThat(select.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(select.attr("aria-describedby")).text())
                .isEqualTo("Vælg en af mulighederne på listen.");
    }

    // ---- partial attendance and substitutes

    @Test
    void partialAttendanceIsSentWithItsFirstAndLastItem() throws Exception {
        mvc.perform(form(PAGE + "/fremmoede").param("personId", KARSTEN.toString()).param("status", "PRESENT")
                        .param("fromItemId", BUDGET.toString()).param("toItemId", MISC.toString()))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=attendance-" + KARSTEN));
        assertThat(sent()).isEqualTo(new RecordAttendance(MEETING, KARSTEN, AttendanceStatus.PRESENT, null, BUDGET,
                MISC, null));
    }

    @Test
    void aGuestForPartOfTheMeetingIsSentFromTheOtherPersonForm() throws Exception {
        mvc.perform(form(PAGE + "/fremmoede").param("form", "attendance-other").param("personId", OLE.toString())
                        .param("substituteFor", "").param("fromItemId", BUDGET.toString()).param("toItemId", ""))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=attendance-other"));
        assertThat(sent()).isEqualTo(new RecordAttendance(MEETING, OLE, AttendanceStatus.GUEST, null, BUDGET, null,
                null));
    }

    @Test
    void theRecordedAttendanceShowsSubstitutesAndPartialAttendance() throws Exception {
        Document page = render(PAGE);
        Element recorded = page.getElementById("attendance-recorded");
        assertThat(recorded.select("dt").eachText()).containsExactly("Deltagere", "Afbud", "Gæster");
        assertThat(page.getElementById("attendee-" + KARSTEN).text()).isEqualTo("Karsten Kommunaldirektør, fra punkt 2");
        assertThat(page.getElementById("attendee-" + SUSANNE).text())
                .isEqualTo("Susanne Suppleant, stedfortræder for Karsten Kommunaldirektør, til punkt 1");
        assertThat(page.getElementById("attendee-" + OLE).text()).isEqualTo("Ole Oplægsholder, fra punkt 2, til punkt 2");
        // the member's row shows what is recorded: the range is open and chosen; the checklist stays short otherwise
        Element karsten = page.getElementById("attendance-" + KARSTEN);
        assertThat(karsten.selectFirst("details").hasAttr("open")).isTrue();
        assertThat(karsten.select("select[name=fromItemId] option[selected]").val()).isEqualTo(BUDGET.toString());
        assertThat(karsten.select("select[name=toItemId] option[selected]")).isEmpty();
        assertThat(karsten.select("select[name=fromItemId] option").eachText())
                .containsExactly("Fra mødets start", "Punkt 1", "Punkt 2", "Punkt 3");
        assertThat(page.getElementById("attendance-" + SARA).selectFirst("details").hasAttr("open")).isFalse();
    }

    @Test
    void aRefusedPartialAttendanceKeepsTheChoicesAndShowsTheRuleBesideTheFirstItem() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("PartialAttendanceFollowsTheAgenda", "fromItemId",
                "Det første punkt, personen deltog i, ligger efter det sidste på dagsordenen. Byt om på dem."));
        String html = mvc.perform(htmx(form(PAGE + "/fremmoede")).param("personId", SARA.toString())
                        .param("status", "PRESENT").param("fromItemId", MISC.toString())
                        .param("toItemId", BUDGET.toString()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        Element row = Jsoup.parse(html).getElementById("attendance-" + SARA);
        assertThat(row.selectFirst("details").hasAttr("open")).isTrue();
        assertThat(row.select("input[name=status][checked]").val()).isEqualTo("PRESENT");
        assertThat(row.select("select[name=fromItemId] option[selected]").val()).isEqualTo(MISC.toString());
        assertThat(row.select("select[name=toItemId] option[selected]").val()).isEqualTo(BUDGET.toString());
        Element from = row.getElementById("attendance-" + SARA + "-fromItemId");
        assertThat(from.attr("aria-invalid")).isEqualTo("true");
        assertThat(row.getElementById(from.attr("aria-describedby")).text()).startsWith("Det første punkt");
    }

    @Test
    void aMemberRowSavedWithoutAChoiceSaysSoBesideTheChoices() throws Exception {
        String html = mvc.perform(form(PAGE + "/fremmoede").param("personId", SARA.toString()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        Element error = Jsoup.parse(html).getElementById("attendance-" + SARA + "-error");
        assertThat(error).isNotNull();
        assertThat(error.text()).isEqualTo("Vælg om personen deltager, har meldt afbud, er fraværende eller er gæst.");
    }

    @Test
    void aMemberRowRefusedByARuleShowsTheRuleInTheRow() throws Exception {
        // the rule that refuses attendance in approved minutes, with its message
        String locked = "Referatet er godkendt og kan ikke længere ændres. Fejl rettes ved at registrere en rettelse "
                + "til det godkendte referat.";
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("ApprovedMinutesNeverChange", locked));
        String html = mvc.perform(form(PAGE + "/fremmoede").param("personId", SARA.toString())
                        .param("status", "APOLOGIES"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        Element row = Jsoup.parse(html).getElementById("attendance-" + SARA);
        assertThat(row.getElementById("attendance-" + SARA + "-error").text())
                .isEqualTo(locked);
        assertThat(row.select("input[name=status][checked]").val()).isEqualTo("APOLOGIES");
    }

    // ---- htmx

    @Test
    void theHtmxConfigurationSwapsRefusalsButNotForbiddenAndNeedsNoInlineStyleOrEval() throws Exception {
        Document page = render(PAGE);
        Element meta = page.head().selectFirst("meta[name=htmx-config]");
        assertThat(meta).isNotNull();
        JsonNode config = new ObjectMapper().readTree(meta.attr("content"));
        assertThat(config.get("includeIndicatorStyles").asBoolean()).isFalse();
        assertThat(config.get("allowEval").asBoolean()).isFalse();
        assertThat(handling(config, 200).get("swap").asBoolean()).isTrue();
        for (int refused : new int[]{400, 404, 409, 422}) {
            assertThat(handling(config, refused).get("swap").asBoolean()).as("%d is swapped", refused).isTrue();
            assertThat(handling(config, refused).path("error").asBoolean()).isFalse();
        }
        assertThat(handling(config, 403).get("swap").asBoolean()).as("403 (CSRF) leaves the form as typed").isFalse();
        assertThat(handling(config, 500).get("swap").asBoolean()).isFalse();
        assertThat(page.title()).isEqualTo("Møde: FKU, 2. marts 2026 – Protokol");
        assertThat(page.select("title")).hasSize(1);
    }

    /** The first response handling rule htmx applies to the status (its codes are unanchored regular expressions). */
    private static JsonNode handling(JsonNode config, int status) {
        for (JsonNode rule : config.get("responseHandling")) {
            if (java.util.regex.Pattern.compile(rule.get("code").asText()).matcher(String.valueOf(status)).find()) {
                return rule;
            }
        }
        throw new AssertionError("no rule for " + status);
    }

    @Test
    void eachEnhancedFormPostsToItsActionAndSwapsOnlyItsOwnBlock() throws Exception {
        Document page = render(PAGE);
        List<Element> enhanced = page.select("form[hx-post]");
        assertThat(enhanced.stream().map(Element::id)).contains("notes-" + BUDGET, "decision-" + BUDGET,
                "action-" + BUDGET, "referral-" + BUDGET, "amend-" + BUDGET, "attendance-" + KARSTEN,
                "attendance-other");
        for (Element form : enhanced) {
            assertThat(form.attr("hx-post")).as("%s", form.id()).isEqualTo(form.attr("action"));
            assertThat(form.select("input[name=_csrf]")).as("%s posts the CSRF token", form.id()).hasSize(1);
            assertThat(form.attr("hx-swap")).isEqualTo("outerHTML");
            String target = form.attr("hx-target");
            Element swapped = target.equals("this") ? form : page.selectFirst(target);
            assertThat(swapped).as("%s's target %s", form.id(), target).isNotNull();
            assertThat(form.attr("hx-select")).isEqualTo("#" + swapped.id());
            assertThat(swapped == form || swapped.getElementById(form.id()) != null).as("%s is in its block", form.id()).isTrue();
            // a block holds one form; an agenda line also holds the item's withdrawal (a whole-page form)
            assertThat(swapped.select("form[hx-post]")).as("%s's block", form.id()).containsExactly(form);
            for (String oob : form.attr("hx-select-oob").split(",")) {
                String id = oob.split(":")[0].substring(1);
                Element other = page.getElementById(id);
                assertThat(other).as("%s's out-of-band %s", form.id(), id).isNotNull();
                // out-of-band parts show what is recorded, never a form someone may be typing in (except what an
                // amendment of the item itself changes: its agenda line and whether it takes a decision)...
                assertThat(other.select("textarea, input[type=text]").isEmpty() || id.startsWith("agenda-item-")
                        || id.startsWith("decision-")).as("%s holds no text field", id).isTrue();
                // ...and lie outside the swapped block, which is taken whole
                assertThat(swapped.getElementById(id)).isNull();
            }
        }
        // the forms that change the agenda's structure or the meeting's step reload the page
        assertThat(page.select("#add-item, form[id^=withdraw-], #reorder-agenda, #close-meeting"))
                .allSatisfy(form -> assertThat(form.hasAttr("hx-post")).as(form.id()).isFalse());
    }

    @Test
    void theAnswerToAnHtmxSaveMarksTheSavedBlockAndAnnouncesIt() throws Exception {
        mvc.perform(htmx(form(PAGE + "/punkter/" + BUDGET + "/beslutninger")).param("text", "Godkendt.")
                        .param("outcome", "ADOPTED"))
                .andExpect(redirectedUrl(PAGE + "?minPosition=42&saved=decision-" + BUDGET));
        // the redirect is followed by htmx with the same header: the page, with the saved block marked
        String html = mvc.perform(get(PAGE).param("minPosition", "42").param("saved", "decision-" + BUDGET)
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        verify(readYourWrites).await(42L, "minutes", "actions");
        Document page = Jsoup.parse(html);
        Element block = page.getElementById("decision-" + BUDGET + "-block");
        Element saved = block.selectFirst(".saved");
        assertThat(saved.text()).isEqualTo("Beslutningen er gemt.");
        assertThat(saved.hasAttr("autofocus")).isTrue();
        assertThat(saved.attr("tabindex")).isEqualTo("-1");
        assertThat(page.select("[autofocus]")).hasSize(1);
        Element announcement = page.getElementById("announcement");
        assertThat(announcement.attr("aria-live")).isEqualTo("polite");
        assertThat(announcement.text()).isEqualTo("Beslutningen er gemt.");
        assertThat(block.getElementById("decision-" + BUDGET + "-text").text()).isEmpty();
    }

    @Test
    void aRefusedHtmxSaveAnswersWithTheBlockHoldingWhatWasTypedAndWhy() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("TextIsRequired", "text", "Referatet skal udfyldes."));
        String html = mvc.perform(htmx(form(PAGE + "/punkter/" + MISC + "/referat")).param("text", "   "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        verify(commandGateway, never()).sendAndWait(any());
        Element block = Jsoup.parse(html).getElementById("notes-" + MISC + "-block");
        assertThat(block.getElementById("notes-" + MISC + "-text-error").text()).isEqualTo("Referatet skal udfyldes.");
        assertThat(block.getElementById("notes-" + MISC + "-error").hasAttr("autofocus")).isTrue();

        String refused = mvc.perform(htmx(form(PAGE + "/punkter/" + MISC + "/referat")).param("text", "Et langt referat"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(refused);
        Element text = page.getElementById("notes-" + MISC + "-text");
        assertThat(text.text()).isEqualTo("Et langt referat");
        assertThat(text.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.getElementById(text.attr("aria-describedby")).text()).isEqualTo("Referatet skal udfyldes.");
        assertThat(page.getElementById("announcement").text()).isEmpty();
        assertThat(page.select(".saved")).isEmpty();
    }

    @Test
    void aSavedMarkIsIgnoredWhenItIsNoFormId() throws Exception {
        Document page = render(PAGE + "?saved=" + "%3Cscript%3E");
        assertThat(page.select(".saved")).isEmpty();
        assertThat(page.getElementById("announcement").text()).isEmpty();
    }

    @Test
    void everyControlIsLabelledOnceAndNothingIsInline() throws Exception {
        for (MeetingStatus status : List.of(MeetingStatus.SCHEDULED, MeetingStatus.OPEN)) {
            meetingStatus = status;
            Document page = render(PAGE + "?saved=amend-" + BUDGET);
            PageChecks.everyControlIsLabelled(page);
            assertThat(page.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
            assertThat(page.select("[style], style, [hx-on], [onclick]")).isEmpty();
            assertThat(page.select("details")).allSatisfy(d -> assertThat(d.child(0).tagName()).isEqualTo("summary"));
            assertThat(page.select("[autofocus]")).hasSize(1);
            PageChecks.noSkippedHeadingLevel(page);
        }
    }

    @Test
    void theNewControlsSpeakEnglishOnRequest() throws Exception {
        Document page = render(PAGE + "?lang=en");
        assertThat(page.select("label[for=add-item-presenterId]").text()).isEqualTo("Presenter");
        assertThat(page.select("label[for=amend-" + BUDGET + "-presenterId]").text()).isEqualTo("Presenter");
        assertThat(page.getElementById("amend-" + BUDGET + "-presenterId").child(0).text()).isEqualTo("No presenter");
        assertThat(page.getElementById("attendee-" + SUSANNE).text())
                .isEqualTo("Susanne Suppleant, substitute for Karsten Kommunaldirektør, to item 1");
        assertThat(page.select("#amend-" + BUDGET + " button").text()).isEqualTo("Save the amendment");
    }
}
