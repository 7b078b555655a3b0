package dk.protokol.web.admin;

import dk.protokol.events.caller.Callers;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.person.ChangePersonDetails;
import dk.protokol.events.command.person.ErasePerson;
import dk.protokol.events.command.person.ChooseLanguage;
import dk.protokol.events.command.person.MarkPersonAsOfficial;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.query.organisation.FindPeople;
import dk.protokol.events.query.organisation.FindPerson;
import dk.protokol.query.common.NotFound;
import dk.protokol.query.common.ReadYourWrites;
import dk.protokol.query.organisation.PersonDetail;
import dk.protokol.query.organisation.PersonView;
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
 * The administrator's pages of the people, with the read side stubbed and the command gateway mocked: the list, a
 * registration that leads to the person's page, the person's page with their seats today and a form to change their
 * details, which sends the whole new details and refuses beside the field what the command refuses.
 */
@WebMvcTest
@Import({Queries.class, PeopleAdminPagesTest.Ports.class})
@WithMockUser
class PeopleAdminPagesTest {

    static final PersonId METTE = PersonId.random();
    static final PersonId ULRIK = PersonId.random();
    static final PersonId KARSTEN = PersonId.random();
    static final PersonId ERASED = PersonId.random();
    static final BodyId FKU = BodyId.random();
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

    @BeforeEach
    void stubs() {
        when(callers.current()).thenAnswer(call -> ContextCallers.caller(null));
        when(readYourWrites.await(anyLong(), any(String[].class))).thenReturn(true);
        ReadSide.answers(queryGateway, asked, this::answer);
    }

    private Object answer(Object query) {
        if (query instanceof FindPeople) {
            return List.of(new PersonView(METTE, "Mette Madsen", "mette@example.org", "75 12 34 56", "Domea"),
                    new PersonView(ULRIK, "Ulrik Udenfor", null, null, null));
        } else if (query instanceof FindPerson find && find.personId().equals(METTE)) {
            return new PersonDetail(METTE, "Mette Madsen", "mette@example.org", "75 12 34 56", "Domea", find.on(),
                    List.of(new PersonDetail.BodySeat(FKU, "Forum for Koordination og Udvikling", MemberRole.MEMBER,
                            "Domea", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1), null)));
        } else if (query instanceof FindPerson find && find.personId().equals(KARSTEN)) {
            return new PersonDetail(KARSTEN, "Karsten Kommunaldirektør", null, null, "Vejle Kommune", find.on(),
                    List.of(), false, "Kommunaldirektør, Vejle Kommune");
        } else if (query instanceof FindPerson find && find.personId().equals(ERASED)) {
            return new PersonDetail(ERASED, "Slettet person", null, null, "AAB", find.on(), List.of(), true, null);
        } else if (query instanceof FindPerson) {
            throw new NotFound("Personen findes ikke.");
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

    private static void refusedBeside(Document page, String controlId, String typed, String message) {
        Element control = page.getElementById(controlId);
        assertThat(control).as(controlId).isNotNull();
        assertThat(control.val()).isEqualTo(typed);
        assertThat(control.attr("aria-invalid")).isEqualTo("true");
        Element error = page.getElementById(control.attr("aria-describedby"));
        assertThat(error.text()).isEqualTo(message);
        assertThat(error.attr("role")).isEqualTo("alert");
    }

    @Test
    void thePeoplePageListsEveryoneWithTheirDetailsAndOffersToRegisterAPerson() throws Exception {
        Document page = render("/organisation/admin/personer");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Personer");
        assertThat(page.select("table.admin-people tbody th a").eachText())
                .containsExactly("Mette Madsen", "Ulrik Udenfor");
        assertThat(page.select("table.admin-people tbody th a").first().attr("href"))
                .isEqualTo("/organisation/admin/personer/" + METTE);
        assertThat(page.select("table.admin-people tbody tr").first().select("td").eachText())
                .containsExactly("Domea", "mette@example.org", "75 12 34 56");
        assertThat(page.getElementById("register-person").select("input[name=_csrf]")).hasSize(1);
        assertThat(page.selectFirst("nav.admin-nav a[aria-current=page]").attr("href"))
                .isEqualTo("/organisation/admin/personer");
        assertThat(page.select("label[for]").eachAttr("for"))
                .allSatisfy(id -> assertThat(page.getElementById(id)).as(id).isNotNull());
    }

    @Test
    void thePeoplePagesSpeakEnglishAtTheLanguageSwitch() throws Exception {
        Document people = render("/organisation/admin/personer?lang=en");
        assertThat(people.selectFirst("h1").text()).isEqualTo("People");
        assertThat(people.select("nav.admin-nav a").eachText()).containsExactly("Bodies", "People", "Accounts", "Operations");
        assertThat(people.getElementById("register-person").selectFirst("button").text())
                .isEqualTo("Register a person");

        Document person = render("/organisation/admin/personer/" + METTE + "?lang=en");
        assertThat(person.getElementById("details-heading").text()).isEqualTo("Change details");
        assertThat(person.select("ul.admin-seats li").first().text())
                .isEqualTo("Forum for Koordination og Udvikling (member)");
    }

    @Test
    void registeringAPersonSendsTheCommandAndGoesToTheirPage() throws Exception {
        String location = saved(post("/organisation/admin/personer").param("name", "Mette Madsen")
                .param("email", "").param("organisation", "Domea"));

        RegisterPerson command = (RegisterPerson) sent();
        assertThat(command).isEqualTo(new RegisterPerson(command.personId(), "Mette Madsen", null, null, "Domea"));
        assertThat(location).isEqualTo("/organisation/admin/personer/" + command.personId()
                + "?minPosition=42&saved=register-person");
    }

    @Test
    void anInvalidEmailIsRefusedBesideItWithWhatWasTypedKept() throws Exception {
        Document page = refused(post("/organisation/admin/personer").param("name", "Mette Madsen")
                .param("email", "ikke-en-adresse"), 400);

        refusedBeside(page, "register-person-email", "ikke-en-adresse", "E-mailadressen er ikke gyldig.");
        assertThat(page.getElementById("register-person-name").val()).isEqualTo("Mette Madsen");
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void aPersonsPageShowsTheirDetailsAndSeatsTodayWithTheDetailsFilledIn() throws Exception {
        Document page = render("/organisation/admin/personer/" + METTE + "?minPosition=7&saved=details");

        assertThat(page.selectFirst("h1").text()).isEqualTo("Mette Madsen");
        assertThat(page.getElementById("saved").text()).isEqualTo("Gemt.");
        assertThat(page.getElementById("current-email").text()).isEqualTo("mette@example.org");
        assertThat(page.select("ul.admin-seats li").first().text())
                .isEqualTo("Forum for Koordination og Udvikling (medlem)");
        assertThat(page.select("ul.admin-seats a").attr("href")).isEqualTo("/organisation/admin/organer/" + FKU);
        assertThat(page.getElementById("details-name").val()).isEqualTo("Mette Madsen");
        assertThat(page.getElementById("details-phone").val()).isEqualTo("75 12 34 56");
        assertThat(page.getElementById("details").select("input[name=_csrf]")).hasSize(1);
        assertThat(asked).contains(new FindPerson(METTE, TODAY, null));
        assertThat(page.select("label[for]").eachAttr("for"))
                .allSatisfy(id -> assertThat(page.getElementById(id)).as(id).isNotNull());
    }

    @Test
    void anUnknownPersonIsNotFound() throws Exception {
        mvc.perform(get("/organisation/admin/personer/" + PersonId.random())).andExpect(status().isNotFound());
    }

    @Test
    void changingTheDetailsSendsTheWholeNewDetailsAnEmptyFieldRemovingItsValue() throws Exception {
        String location = saved(post("/organisation/admin/personer/" + METTE + "/oplysninger")
                .param("name", "Mette Munk Madsen").param("email", "mette@example.org").param("phone", "")
                .param("organisation", "Lejerbo"));

        assertThat(sent()).isEqualTo(new ChangePersonDetails(METTE, "Mette Munk Madsen", "mette@example.org", null,
                "Lejerbo"));
        assertThat(location).isEqualTo("/organisation/admin/personer/" + METTE + "?minPosition=42&saved=details");
    }

    @Test
    void aChangeTheCommandRefusesIsShownBesideEachFieldWithWhatWasTyped() throws Exception {
        Document page = refused(post("/organisation/admin/personer/" + METTE + "/oplysninger")
                .param("name", "").param("email", "mette@example.org").param("phone", "ring til mig"), 400);

        refusedBeside(page, "details-name", "", "Navnet skal udfyldes.");
        refusedBeside(page, "details-phone", "ring til mig",
                "Telefonnummeret må kun indeholde cifre, mellemrum, +, - og parenteser.");
        assertThat(page.getElementById("details-email").val()).isEqualTo("mette@example.org");
        assertThat(page.getElementById("details-error").attr("role")).isEqualTo("alert");
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void aPrivatePersonsPageSaysTheyCanBeErasedAndTheErasureSendsTheCommand() throws Exception {
        Document page = render("/organisation/admin/personer/" + METTE);
        assertThat(page.getElementById("erasure-state").text()).startsWith("Privatperson");
        assertThat(page.getElementById("erasure").select("input[name=_csrf]")).hasSize(1);

        String location = saved(post("/organisation/admin/personer/" + METTE + "/sletning")
                .param("reason", "Anmodning efter GDPR art. 17"));

        assertThat(sent()).isEqualTo(new ErasePerson(METTE, "Anmodning efter GDPR art. 17"));
        assertThat(location).isEqualTo("/organisation/admin/personer/" + METTE + "?minPosition=42&saved=erasure");
    }

    @Test
    void anErasureWithoutAReasonIsRefusedBesideIt() throws Exception {
        Document page = refused(post("/organisation/admin/personer/" + METTE + "/sletning").param("reason", ""), 400);

        refusedBeside(page, "erasure-reason", "", "Begrundelsen skal udfyldes.");
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void anOfficialsPageSaysTheyAreKeptAndOffersNoErasure() throws Exception {
        Document page = render("/organisation/admin/personer/" + KARSTEN);

        assertThat(page.getElementById("erasure-state").text()).isEqualTo("Embedsperson (Kommunaldirektør, Vejle "
                + "Kommune): personen handler i sit embede, og oplysningerne bevares efter offentlighedsloven og "
                + "arkivloven. De kan ikke slettes.");
        assertThat(page.getElementById("erasure")).isNull();
        assertThat(page.getElementById("official-office").val()).isEqualTo("Kommunaldirektør, Vejle Kommune");
    }

    @Test
    void markingAPersonAsAnOfficialSendsTheCommand() throws Exception {
        String location = saved(post("/organisation/admin/personer/" + METTE + "/embede")
                .param("office", "Formand for bestyrelsen"));

        assertThat(sent()).isEqualTo(new MarkPersonAsOfficial(METTE, "Formand for bestyrelsen"));
        assertThat(location).isEqualTo("/organisation/admin/personer/" + METTE + "?minPosition=42&saved=official");
    }

    @Test
    void anErasedPersonsPageSaysSoAndOffersNoForms() throws Exception {
        Document page = render("/organisation/admin/personer/" + ERASED);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Slettet person");
        assertThat(page.getElementById("erasure-state").text()).startsWith("Personens oplysninger er slettet");
        assertThat(page.getElementById("erasure")).isNull();
        assertThat(page.getElementById("official")).isNull();
        assertThat(page.getElementById("details")).isNull();
        assertThat(page.getElementById("current-email").text()).isEqualTo("–");
    }

    @Test
    void theLanguageOfAPersonsMailIsShownAndChosen() throws Exception {
        Document page = render("/organisation/admin/personer/" + METTE);
        assertThat(page.getElementById("language-da").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("language-en").hasAttr("checked")).isFalse();
        assertThat(page.select("label[for=language-en]").text()).isEqualTo("engelsk");

        String location = saved(post("/organisation/admin/personer/" + METTE + "/sprog").param("language", "en"));
        assertThat(sent()).isEqualTo(new ChooseLanguage(METTE, "en"));
        assertThat(location).isEqualTo("/organisation/admin/personer/" + METTE + "?minPosition=42&saved=language");
    }

    @Test
    void aLanguageOtherThanDanishOrEnglishIsRefusedWithTheApisMessage() throws Exception {
        Document page = refused(post("/organisation/admin/personer/" + METTE + "/sprog").param("language", "de"), 400);
        assertThat(page.getElementById("language-language-error").text())
                .isEqualTo("Sproget skal være da (dansk) eller en (engelsk).");
        verify(commandGateway, never()).sendAndWait(any());
        assertThat(render("/organisation/admin/personer/" + ERASED).getElementById("language")).isNull();
    }
}
