package dk.protokol.web.admin;

import dk.protokol.events.caller.Account;
import dk.protokol.events.caller.AccountCommand;
import dk.protokol.events.caller.Accounts;
import dk.protokol.events.caller.Accounts.Outcome;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.caller.ChangeAccountPassword;
import dk.protokol.events.caller.DisableAccount;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.caller.LinkAccountToPerson;
import dk.protokol.events.caller.OpenAccount;
import dk.protokol.events.command.Refusal;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.query.organisation.FindPeople;
import dk.protokol.query.organisation.PersonView;
import dk.protokol.web.common.Queries;
import dk.protokol.web.support.ContextCallers;
import dk.protokol.web.support.ReadSide;
import org.axonframework.queryhandling.QueryGateway;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's pages of the accounts with the accounts port mocked (its real {@code make}: the commands'
 * limits refuse in the page as in the API): the list, an account opened for a person with roles, an account's new
 * password, person and disabling; a refusal beside its field, and a password never written back into the page.
 */
@WebMvcTest
@Import(Queries.class)
@WithMockUser(username = "driftschef", roles = "ADMIN")
class AccountAdminPagesTest {

    static final PersonId METTE = PersonId.random();
    static final Account METTES = new Account(UUID.randomUUID(), "mette", METTE, Set.of(GlobalRole.EVALUATOR), true,
            Instant.parse("2026-03-01T09:00:00Z"), "driftschef");

    @Autowired
    MockMvc mvc;
    @MockitoBean
    QueryGateway queryGateway;
    @MockitoBean
    Callers callers;
    @MockitoBean
    Accounts accounts;

    private final List<Object> asked = new ArrayList<>();

    @BeforeEach
    void stubs() {
        when(callers.current()).thenAnswer(call -> ContextCallers.caller(null));
        ReadSide.answers(queryGateway, asked, query -> {
            if (query instanceof FindPeople) {
                return List.of(new PersonView(METTE, "Mette Madsen", null, null, "Domea"));
            }
            throw new IllegalArgumentException("not stubbed: " + query);
        });
        when(accounts.all()).thenReturn(List.of(METTES,
                new Account(UUID.randomUUID(), "driftschef", null, Set.of(GlobalRole.ADMIN), true,
                        Instant.parse("2026-01-01T09:00:00Z"), "system")));
        when(accounts.find(anyString())).thenReturn(Optional.empty());
        when(accounts.find("mette")).thenReturn(Optional.of(METTES));
        when(accounts.make(any())).thenCallRealMethod();
        when(accounts.submit(any())).thenAnswer(call -> new Outcome.Done(
                call.<AccountCommand>getArgument(0).username()));
    }

    private Document render(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }

    private AccountCommand submitted() {
        ArgumentCaptor<AccountCommand> command = ArgumentCaptor.forClass(AccountCommand.class);
        verify(accounts).submit(command.capture());
        return command.getValue();
    }

    private String saved(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
    }

    private String refusedPage(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request.with(csrf())).andExpect(status().is(status)).andReturn().getResponse()
                .getContentAsString();
    }

    private static void refusedBeside(Document page, String controlId, String message) {
        Element control = page.getElementById(controlId);
        assertThat(control).as(controlId).isNotNull();
        assertThat(control.attr("aria-invalid")).isEqualTo("true");
        Element error = page.getElementById(control.attr("aria-describedby"));
        assertThat(error.text()).isEqualTo(message);
        assertThat(error.attr("role")).isEqualTo("alert");
    }

    @Test
    void theAccountsPageListsTheAccountsWithTheirPersonAndOffersToOpenOne() throws Exception {
        Document page = render("/organisation/admin/konti?personId=" + METTE);

        assertThat(page.selectFirst("h1").text()).isEqualTo("Konti");
        assertThat(page.select("table.admin-accounts tbody th a").eachText()).containsExactly("mette", "driftschef");
        assertThat(page.select("table.admin-accounts tbody tr").first().select("td").eachText())
                .containsExactly("Mette Madsen", "evaluator", "aktiv");
        assertThat(page.getElementById("open-account-personId").select("option[selected]").val())
                .isEqualTo(METTE.toString());
        assertThat(page.getElementById("open-account-password").attr("type")).isEqualTo("password");
        assertThat(page.getElementById("open-account-password").attr("autocomplete")).isEqualTo("new-password");
        assertThat(page.select("#open-account input[name=roles]").eachAttr("value")).containsExactly("ADMIN", "EVALUATOR");
        assertThat(page.getElementById("open-account").select("input[name=_csrf]")).hasSize(1);
        assertThat(page.select("label[for]").eachAttr("for"))
                .allSatisfy(id -> assertThat(page.getElementById(id)).as(id).isNotNull());
    }

    @Test
    void openingAnAccountForAPersonWithRolesGoesToItsPage() throws Exception {
        String location = saved(post("/organisation/admin/konti").param("username", "mette")
                .param("password", "mettes-kodeord").param("personId", METTE.toString())
                .param("roles", "EVALUATOR", "ADMIN"));

        assertThat(submitted()).isEqualTo(new OpenAccount("mette", "mettes-kodeord", METTE,
                Set.of(GlobalRole.ADMIN, GlobalRole.EVALUATOR)));
        assertThat(location).isEqualTo("/organisation/admin/konti/mette?saved=open-account");
    }

    @Test
    void anAccountTheLimitsRefuseIsShownBesideEachFieldTheTypedKeptButNeverThePassword() throws Exception {
        String html = refusedPage(post("/organisation/admin/konti").param("username", "Mette M")
                .param("password", "kort-7").param("personId", METTE.toString()).param("roles", "EVALUATOR"), 400);
        Document page = Jsoup.parse(html);

        refusedBeside(page, "open-account-username", "Brugernavnet skal være 3-64 tegn og må kun indeholde små "
                + "bogstaver a-z, tal, punktum, bindestreg og understreg; det skal begynde med et bogstav eller et tal.");
        refusedBeside(page, "open-account-password", "Adgangskoden skal være mellem 8 og 72 tegn.");
        assertThat(page.getElementById("open-account-username").val()).isEqualTo("Mette M");
        assertThat(page.getElementById("open-account-password").val()).isEmpty();
        assertThat(html).doesNotContain("kort-7");
        assertThat(page.getElementById("open-account-personId").select("option[selected]").val())
                .isEqualTo(METTE.toString());
        assertThat(page.getElementById("open-account-roles-EVALUATOR").hasAttr("checked")).isTrue();
        assertThat(page.getElementById("open-account-roles-ADMIN").hasAttr("checked")).isFalse();
        verify(accounts, never()).submit(any());
    }

    @Test
    void aUsernameTakenIsRefusedBesideItWithTheServicesMessage() throws Exception {
        doReturn(new Outcome.Refused(Refusal.rule("UsernameMustBeUnique", "username",
                "Brugernavnet 'mette' er allerede i brug."))).when(accounts).submit(any());

        String html = refusedPage(post("/organisation/admin/konti").param("username", "mette")
                .param("password", "hemmeligt-kodeord"), 409);

        refusedBeside(Jsoup.parse(html), "open-account-username", "Brugernavnet 'mette' er allerede i brug.");
        assertThat(html).doesNotContain("hemmeligt-kodeord");
    }

    @Test
    void anAccountsPageShowsItAndEachFormSendsItsCommand() throws Exception {
        Document page = render("/organisation/admin/konti/mette?saved=password");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Kontoen mette");
        assertThat(page.getElementById("saved").text()).isEqualTo("Gemt.");
        assertThat(page.getElementById("current-person").text()).isEqualTo("Mette Madsen");
        assertThat(page.getElementById("current-created").text()).isEqualTo("1. marts 2026 af driftschef");
        assertThat(page.getElementById("link-person-personId").select("option[selected]").val())
                .isEqualTo(METTE.toString());
        for (String form : List.of("password", "link-person", "disable")) {
            assertThat(page.getElementById(form).select("input[name=_csrf]")).as(form).hasSize(1);
        }

        assertSends(post("/organisation/admin/konti/mette/adgangskode").param("password", "nyt-kodeord"),
                new ChangeAccountPassword("mette", "nyt-kodeord"), "password");
        PersonId other = PersonId.random();
        assertSends(post("/organisation/admin/konti/mette/person").param("personId", other.toString()),
                new LinkAccountToPerson("mette", other), "link-person");
        assertSends(post("/organisation/admin/konti/mette/spaerring"), new DisableAccount("mette"), "disable");
    }

    private void assertSends(MockHttpServletRequestBuilder request, AccountCommand command, String form)
            throws Exception {
        org.mockito.Mockito.clearInvocations(accounts);
        assertThat(saved(request)).isEqualTo("/organisation/admin/konti/mette?saved=" + form);
        assertThat(submitted()).isEqualTo(command);
    }

    @Test
    void aRefusalOfTheAccountAsAWholeIsTheFormsMessage() throws Exception {
        doReturn(new Outcome.Refused(Refusal.rule("NoOneDisablesTheirOwnAccount", "username",
                "Du kan ikke spærre din egen konto: bed en anden administrator om det."))).when(accounts).submit(any());

        Document page = Jsoup.parse(refusedPage(post("/organisation/admin/konti/mette/spaerring"), 409));

        assertThat(page.getElementById("disable-error").text())
                .isEqualTo("Du kan ikke spærre din egen konto: bed en anden administrator om det.");
        assertThat(page.getElementById("disable-error").attr("role")).isEqualTo("alert");
    }

    @Test
    void aNewPasswordTooShortIsRefusedBesideItAndNothingIsChanged() throws Exception {
        Document page = Jsoup.parse(refusedPage(post("/organisation/admin/konti/mette/adgangskode")
                .param("password", "kort"), 400));

        refusedBeside(page, "password-password", "Adgangskoden skal være mellem 8 og 72 tegn.");
        assertThat(page.getElementById("password-password").val()).isEmpty();
        verify(accounts, never()).submit(any());
    }

    @Test
    void anUnknownAccountIsNotFound() throws Exception {
        mvc.perform(get("/organisation/admin/konti/findes-ikke")).andExpect(status().isNotFound());
    }
}
