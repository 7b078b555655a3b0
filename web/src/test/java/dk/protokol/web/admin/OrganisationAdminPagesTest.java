package dk.protokol.web.admin;

import dk.protokol.events.caller.Callers;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.command.body.ChangeBodyCadence;
import dk.protokol.events.command.body.ChangeBodyMandate;
import dk.protokol.events.command.body.ChangeBodyQuorum;
import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.command.body.EndBodyRelation;
import dk.protokol.events.command.body.EndMembership;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.events.command.body.NameSuccessorBody;
import dk.protokol.events.command.body.OpenApprovedMinutes;
import dk.protokol.events.command.body.RenameBody;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.command.body.PublishMinutes;
import dk.protokol.events.command.body.SetObjectionPeriod;
import dk.protokol.events.query.minutes.FindApprovedMinutesOpen;
import dk.protokol.events.query.minutes.FindMinutesSettings;
import dk.protokol.query.minutes.MinutesSettings;
import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.events.query.organisation.FindPeople;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.organisation.BodyDetail;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.BodySummary;
import dk.protokol.query.organisation.PersonView;
import dk.protokol.query.organisation.RelationLink;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.ContextCallers;
import dk.protokol.web.support.GatewayCommands;
import dk.protokol.web.support.ReadSide;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's organisation pages with the read side stubbed and the command gateway mocked: each form makes
 * its command and redirects with the position; a refusal (the command's limit or the domain's rule) is shown beside
 * its field, with what was typed kept.
 */
@WebMvcTest
@Import({Queries.class, OrganisationAdminPagesTest.Ports.class})
@WithMockUser
class OrganisationAdminPagesTest {

    static final BodyId FKU = BodyId.random();
    static final BodyId BPS = BodyId.random();
    static final PersonId KARSTEN = PersonId.random();
    static final PersonId METTE = PersonId.random();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @TestConfiguration
    static class Ports {
        @Bean
        Commands commands(CommandGateway commandGateway) {
            return new GatewayCommands(commandGateway, 42);
        }

        @Bean
        Clock clock() {
            return Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Europe/Copenhagen")).toInstant(),
                    ZoneId.of("Europe/Copenhagen"));
        }
    }

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queryGateway;
    @MockitoBean
    CommandGateway commandGateway;
    @MockitoBean
    Callers callers;
    @MockitoBean
    ReadYourWrites readYourWrites;

    private final List<Object> asked = new ArrayList<>();
    /** The body setting the read side answers: approved minutes open to everyone signed in. */
    private boolean approvedMinutesOpen;
    /** The body's settings of issue 14 the read side answers. */
    private MinutesSettings.Settings minutesSettings = new MinutesSettings.Settings(8, false, false);

    @BeforeEach
    void stubs() {
        when(callers.current()).thenAnswer(call -> ContextCallers.caller(null));
        when(readYourWrites.await(anyLong(), any(String[].class))).thenReturn(true);
        ReadSide.answers(queryGateway, asked, this::answer);
    }

    private Object answer(Object query) {
        if (query instanceof FindBody) {
            return new BodyDetail(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle", BPS,
                    "Boligpolitisk Styregruppe", null, 4, null, LocalDate.of(2020, 1, 1), null, TODAY, true, null,
                    List.of(new BodyDetail.Member(KARSTEN, "Karsten Kommunaldirektør", MemberRole.CHAIR,
                            "Vejle Kommune", null, LocalDate.of(2020, 1, 1), null)),
                    List.of(new RelationLink(RelationKind.PREPARES_FOR, BPS, "Boligpolitisk Styregruppe")),
                    new BodyRef(BPS, "Boligpolitisk Styregruppe"), LocalDate.of(2027, 1, 1));
        } else if (query instanceof FindMinutesSettings settings) {
            assertThat(settings.bodyId()).isEqualTo(FKU);
            return minutesSettings;
        } else if (query instanceof FindApprovedMinutesOpen open) {
            assertThat(open.bodyId()).isEqualTo(FKU);
            return approvedMinutesOpen;
        } else if (query instanceof FindPeople) {
            return List.of(new PersonView(KARSTEN, "Karsten Kommunaldirektør", null, null, "Vejle Kommune"),
                    new PersonView(METTE, "Mette Madsen", "mette@example.org", null, null));
        } else if (query instanceof FindBodies) {
            return List.of(new BodySummary(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle",
                            null, null, null, null),
                    new BodySummary(FKU, "Forum for Koordination og Udvikling", BodyKind.FORUM, "BolivVejle", BPS,
                            null, null, null));
        }
        throw new IllegalArgumentException("not stubbed: " + query);
    }

    private Document render(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private Object sent() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway).sendAndWait(command.capture());
        return command.getValue();
    }

    private String saved(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
    }

    private Document refused(MockHttpServletRequestBuilder request, int status) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(csrf())).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString());
    }

    /** The control is marked invalid and points at its message, which is the one given. */
    private static void refusedBeside(Document page, String controlId, String typed, String message) {
        Element control = page.getElementById(controlId);
        assertThat(control).as(controlId).isNotNull();
        assertThat(control.tagName().equals("textarea") ? control.text() : control.tagName().equals("select")
                ? control.select("option[selected]").val() : control.val()).isEqualTo(typed);
        assertThat(control.attr("aria-invalid")).isEqualTo("true");
        Element error = page.getElementById(control.attr("aria-describedby"));
        assertThat(error.text()).isEqualTo(message);
        assertThat(error.attr("role")).isEqualTo("alert");
    }

    private static String body(String action) {
        return "/organisation/admin/organer/" + FKU + action;
    }

    @Test
    void theBodiesPageListsTheBodiesAndOffersToEstablishOne() throws Exception {
        Document page = render("/organisation/admin");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Organisationen vedligeholdes");
        assertThat(page.select("ul.admin-bodies a").eachAttr("href"))
                .containsExactly("/organisation/admin/organer/" + BPS, "/organisation/admin/organer/" + FKU);
        assertThat(page.getElementById("establish").select("input[name=_csrf]")).hasSize(1);
        assertThat(page.getElementById("establish-kind").select("option")).hasSize(BodyKind.values().length + 1);
        assertThat(page.select("nav.admin-nav a").eachAttr("href")).containsExactly("/organisation/admin",
                "/organisation/admin/personer", "/organisation/admin/konti", "/organisation/admin/drift");
        assertThat(page.selectFirst("nav.admin-nav a[aria-current=page]").attr("href"))
                .isEqualTo("/organisation/admin");
        assertThat(page.select("label[for]").eachAttr("for"))
                .allSatisfy(id -> assertThat(page.getElementById(id)).as(id).isNotNull());
    }

    @Test
    void establishingABodySendsTheCommandFromTodayAndGoesToItsPage() throws Exception {
        String location = saved(post("/organisation/admin/organer").param("name", "Følgegruppe Sundhed")
                .param("kind", "FOLLOW_UP_GROUP").param("organisation", "ByLivKolding").param("meetingsPerYear", "4"));
        EstablishBody command = (EstablishBody) sent();
        assertThat(command.name()).isEqualTo("Følgegruppe Sundhed");
        assertThat(command.establishedOn()).isEqualTo(TODAY);
        assertThat(command.meetingsPerYear()).isEqualTo(4);
        assertThat(location).isEqualTo("/organisation/admin/organer/" + command.bodyId()
                + "?minPosition=42&saved=establish");
    }

    @Test
    void anEstablishmentWithoutANameIsRefusedBesideTheFieldAndSendsNothing() throws Exception {
        Document page = refused(post("/organisation/admin/organer").param("name", " ").param("kind", "FORUM")
                .param("organisation", "ByLivKolding").param("quorum", "0"), 400);
        refusedBeside(page, "establish-name", " ", "Navnet skal udfyldes.");
        refusedBeside(page, "establish-quorum", "0", "Beslutningsdygtighed skal være mindst 1.");
        assertThat(page.getElementById("establish-organisation").val()).isEqualTo("ByLivKolding");
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void theBodysPageShowsItAsItStandsTodayWithAFormForEachChange() throws Exception {
        Document page = render(body(""));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Organet Forum for Koordination og Udvikling");
        assertThat(page.getElementById("current-meetingsPerYear").text()).isEqualTo("4");
        assertThat(page.getElementById("current-successor").text()).contains("Boligpolitisk Styregruppe");
        for (String form : List.of("rename", "mandate", "cadence", "quorum", "approved-minutes", "declare-relation",
                "successor",
                "dissolve", "end-relation-PREPARES_FOR-" + BPS, "role-" + KARSTEN, "end-membership-" + KARSTEN,
                "appoint")) {
            assertThat(page.getElementById(form)).as(form).isNotNull();
            assertThat(page.getElementById(form).select("input[name=_csrf]")).as(form).hasSize(1);
        }
        assertThat(page.getElementById("rename-on").val()).isEqualTo("2026-03-02");
        assertThat(page.getElementById("successor-successorId").select("option").eachAttr("value"))
                .containsExactly("", BPS.toString());
        assertThat(page.getElementById("appoint-personId").select("option").eachText())
                .containsExactly("Vælg …", "Karsten Kommunaldirektør (Vejle Kommune)", "Mette Madsen");
        assertThat(page.getElementById("appoint-from").val()).isEqualTo("2026-03-02");
        assertThat(page.select("ul.admin-members a").eachAttr("href"))
                .containsExactly("/organisation/admin/personer/" + KARSTEN);
        assertThat(page.select("label[for]").eachAttr("for"))
                .allSatisfy(id -> assertThat(page.getElementById(id)).as(id).isNotNull());
    }

    @Test
    void eachFormOfTheBodysPageSendsItsCommandAndRedirectsToThePageWithThePosition() throws Exception {
        LocalDate on = LocalDate.of(2026, 4, 1);
        Map<MockHttpServletRequestBuilder, Object> forms = Map.of(
                post(body("/navn")).param("name", "Forum for Udvikling").param("on", "2026-04-01"),
                new RenameBody(FKU, "Forum for Udvikling", on),
                post(body("/kommissorium")).param("mandate", "Forbereder sager").param("on", "2026-04-01"),
                new ChangeBodyMandate(FKU, "Forbereder sager", on),
                post(body("/moedehyppighed")).param("meetingsPerYear", "").param("on", "2026-04-01"),
                new ChangeBodyCadence(FKU, null, on),
                post(body("/beslutningsdygtighed")).param("quorum", "3").param("on", "2026-04-01"),
                new ChangeBodyQuorum(FKU, 3, on),
                post(body("/nedlaeggelse")).param("on", "2026-04-01").param("reason", "Afløst"),
                new DissolveBody(FKU, on, "Afløst"),
                post(body("/efterfoelger")).param("successorId", BPS.toString()).param("on", "2026-04-01"),
                new NameSuccessorBody(FKU, BPS, on),
                post(body("/relationer")).param("targetBodyId", BPS.toString()).param("relation", "REPORTS_TO"),
                new DeclareBodyRelation(FKU, BPS, RelationKind.REPORTS_TO),
                post(body("/relationer/ophoer")).param("targetBodyId", BPS.toString())
                        .param("relation", "PREPARES_FOR").param("on", "2026-04-01"),
                new EndBodyRelation(FKU, BPS, RelationKind.PREPARES_FOR, on),
                post(body("/medlemmer/" + KARSTEN + "/rolle")).param("role", "MEMBER").param("from", "2026-04-01"),
                new ChangeMemberRole(FKU, KARSTEN, MemberRole.MEMBER, on),
                post(body("/medlemmer/" + KARSTEN + "/ophoer")).param("to", "2026-04-01").param("reason", ""),
                new EndMembership(FKU, KARSTEN, on, null));
        for (var form : forms.entrySet()) {
            org.mockito.Mockito.clearInvocations(commandGateway);
            String location = saved(form.getKey());
            assertThat(sent()).isEqualTo(form.getValue());
            assertThat(location).startsWith("/organisation/admin/organer/" + FKU + "?minPosition=42&saved=");
        }
    }

    @Test
    void aRuleRefusingARenameIsShownBesideTheFieldItNamesWithWhatWasTyped() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("ChangeMustDiffer", "name",
                "Organet hedder allerede sådan pr. 1. april 2026."));
        Document page = refused(post(body("/navn")).param("name", "Forum for Udvikling").param("on", "2026-04-01"),
                409);
        refusedBeside(page, "rename-name", "Forum for Udvikling", "Organet hedder allerede sådan pr. 1. april 2026.");
        assertThat(page.getElementById("rename-on").val()).isEqualTo("2026-04-01");
        assertThat(page.getElementById("rename-error").attr("role")).isEqualTo("alert");
        assertThat(page.getElementById("mandate-mandate").attr("aria-invalid")).isEmpty();
    }

    @Test
    void eachFormRefusesWhatItsCommandRefusesBesideTheField() throws Exception {
        refusedBeside(refused(post(body("/navn")).param("name", "").param("on", "2026-04-01"), 400),
                "rename-name", "", "Navnet skal udfyldes.");
        refusedBeside(refused(post(body("/kommissorium")).param("mandate", "x").param("on", ""), 400),
                "mandate-on", "", "Angiv fra hvilken dag kommissoriet gælder.");
        refusedBeside(refused(post(body("/moedehyppighed")).param("meetingsPerYear", "0").param("on", "2026-04-01"),
                400), "cadence-meetingsPerYear", "0", "Antal møder om året skal være mindst 1.");
        refusedBeside(refused(post(body("/beslutningsdygtighed")).param("quorum", "1001").param("on", "2026-04-01"),
                400), "quorum-quorum", "1001", "Beslutningsdygtighed kan højst være 1000.");
        refusedBeside(refused(post(body("/nedlaeggelse")).param("on", "2026-04-01").param("reason", ""), 400),
                "dissolve-reason", "", "Angiv hvorfor organet nedlægges.");
        refusedBeside(refused(post(body("/efterfoelger")).param("successorId", "").param("on", "2026-04-01"), 400),
                "successor-successorId", "", "Vælg det organ, der viderefører arbejdet.");
        refusedBeside(refused(post(body("/relationer")).param("targetBodyId", BPS.toString()).param("relation", ""),
                400), "declare-relation-relation", "", "Vælg relationens art.");
        String endForm = "end-relation-PREPARES_FOR-" + BPS;
        refusedBeside(refused(post(body("/relationer/ophoer")).param("targetBodyId", BPS.toString())
                .param("relation", "PREPARES_FOR").param("on", ""), 400), endForm + "-on", "",
                "Angiv fra hvilken dag relationen ophører.");
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void appointingAMemberSendsTheCommandFromTheChosenPersonAndDay() throws Exception {
        String location = saved(post(body("/medlemmer")).param("personId", METTE.toString()).param("role", "MEMBER")
                .param("representing", "Domea").param("from", "2026-04-01"));

        assertThat(sent()).isEqualTo(new AppointMember(FKU, METTE, MemberRole.MEMBER, "Domea",
                LocalDate.of(2026, 4, 1)));
        assertThat(location).isEqualTo("/organisation/admin/organer/" + FKU + "?minPosition=42&saved=appoint");
    }

    @Test
    void anAppointmentWithoutPersonOrRoleIsRefusedBesideEachAndSendsNothing() throws Exception {
        Document page = refused(post(body("/medlemmer")).param("personId", "").param("role", "")
                .param("representing", "Domea").param("from", "2026-04-01"), 400);

        refusedBeside(page, "appoint-personId", "", "Vælg den person, der udpeges.");
        refusedBeside(page, "appoint-role", "", "Vælg medlemmets rolle.");
        assertThat(page.getElementById("appoint-representing").val()).isEqualTo("Domea");
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void anAppointmentBeforeTheEstablishmentIsRefusedBesideTheDayWithWhatWasTyped() throws Exception {
        when(commandGateway.sendAndWait(any())).thenThrow(new RuleViolation("MembershipNotBeforeEstablishment",
                "from", "Medlemskabet kan ikke begynde 1. december 2019, før organet blev oprettet (1. januar 2020)."));

        Document page = refused(post(body("/medlemmer")).param("personId", METTE.toString()).param("role", "CHAIR")
                .param("representing", "").param("from", "2019-12-01"), 409);

        refusedBeside(page, "appoint-from", "2019-12-01",
                "Medlemskabet kan ikke begynde 1. december 2019, før organet blev oprettet (1. januar 2020).");
        assertThat(page.getElementById("appoint-personId").select("option[selected]").val())
                .isEqualTo(METTE.toString());
        assertThat(page.getElementById("appoint-role").select("option[selected]").val()).isEqualTo("CHAIR");
        assertThat(page.getElementById("appoint-error").attr("role")).isEqualTo("alert");
    }

    @Test
    void theBodysPageSaysWhoReadsItsApprovedMinutesAndOffersToChangeIt() throws Exception {
        Document closed = render(body(""));
        assertThat(closed.getElementById("approved-minutes-heading").text()).isEqualTo("Godkendte referater");
        assertThat(closed.getElementById("current-approved-minutes").text())
                .isEqualTo("Kun organets egne læsere kan læse de godkendte referater.");
        assertThat(closed.select("#approved-minutes input[name=open]").eachAttr("value"))
                .containsExactly("true", "false");
        assertThat(closed.select("#approved-minutes label").eachText())
                .containsExactly("Alle, der er logget ind", "Kun organets egne læsere");
        assertThat(closed.select("#approved-minutes input[name=open][checked]").val()).isEqualTo("false");
        assertThat(closed.selectFirst("#approved-minutes legend").text())
                .isEqualTo("Hvem kan læse organets godkendte referater?");

        approvedMinutesOpen = true;
        Document open = render(body(""));
        assertThat(open.getElementById("current-approved-minutes").text())
                .isEqualTo("Alle, der er logget ind, kan læse organets godkendte referater.");
        assertThat(open.select("#approved-minutes input[name=open][checked]").val()).isEqualTo("true");
    }

    @Test
    void openingTheApprovedMinutesSendsTheBodySettingAndClosingThemToo() throws Exception {
        String location = saved(post(body("/godkendte-referater")).param("open", "true"));
        assertThat(sent()).isEqualTo(new OpenApprovedMinutes(FKU, true));
        assertThat(location).isEqualTo("/organisation/admin/organer/" + FKU
                + "?minPosition=42&saved=approved-minutes");

        org.mockito.Mockito.clearInvocations(commandGateway);
        saved(post(body("/godkendte-referater")).param("open", "false"));
        assertThat(sent()).isEqualTo(new OpenApprovedMinutes(FKU, false));
    }

    @Test
    void theSettingWithoutAChoiceIsRefusedWithTheApisMessageAndSendsNothing() throws Exception {
        Document page = refused(post(body("/godkendte-referater")), 400);

        Element group = page.selectFirst("#approved-minutes fieldset");
        Element error = page.getElementById(group.attr("aria-describedby"));
        assertThat(error.text()).isEqualTo("Angiv, om organets godkendte referater er åbne for alle.");
        assertThat(error.attr("role")).isEqualTo("alert");
        assertThat(page.getElementById("approved-minutes-error").attr("role")).isEqualTo("alert");
        assertThat(page.select("#approved-minutes input[name=open][checked]")).isEmpty();
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void theBodysPageShowsItsObjectionPeriodAndPublicationAndSendsTheirSettings() throws Exception {
        Document page = render(body(""));
        assertThat(page.getElementById("current-objection-period").text())
                .isEqualTo("Medlemmerne kan give bemærkninger i 8 dage; formanden godkender referatet.");
        assertThat(page.select("#objection-period input[name=objectionDays]").val()).isEqualTo("8");
        assertThat(page.select("#objection-period input[name=tacitApproval][checked]").val()).isEqualTo("false");
        assertThat(page.getElementById("current-publication").text())
                .isEqualTo("Organets godkendte referater offentliggøres ikke.");

        minutesSettings = new MinutesSettings.Settings(5, true, true);
        Document set = render(body(""));
        assertThat(set.getElementById("current-objection-period").text()).startsWith("Medlemmerne kan give "
                + "bemærkninger i 5 dage; er der ingen ubesvarede bemærkninger");
        assertThat(set.select("#current-publication a").attr("href")).isEqualTo("/offentlig/organer/" + FKU);

        saved(post(body("/indsigelsesfrist")).param("objectionDays", "5").param("tacitApproval", "true"));
        assertThat(sent()).isEqualTo(new SetObjectionPeriod(FKU, 5, true));
        org.mockito.Mockito.clearInvocations(commandGateway);
        saved(post(body("/offentliggoerelse")).param("publish", "true"));
        assertThat(sent()).isEqualTo(new PublishMinutes(FKU, true));
    }

    @Test
    void anObjectionPeriodOutOfRangeIsRefusedWithTheApisMessageBesideTheField() throws Exception {
        Document page = refused(post(body("/indsigelsesfrist")).param("objectionDays", "91")
                .param("tacitApproval", "true"), 400);

        Element field = page.selectFirst("#objection-period input[name=objectionDays]");
        assertThat(page.getElementById(field.attr("aria-describedby")).text())
                .isEqualTo("Indsigelsesfristen må højst være 90 dage.");
        assertThat(field.val()).isEqualTo("91");
        verify(commandGateway, never()).sendAndWait(any());
    }
}
