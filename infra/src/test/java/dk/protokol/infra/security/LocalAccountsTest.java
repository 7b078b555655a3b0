package dk.protokol.infra.security;

import dk.protokol.events.caller.Account;
import dk.protokol.events.caller.Accounts;
import dk.protokol.events.caller.Accounts.Outcome;
import dk.protokol.events.caller.ChangeAccountPassword;
import dk.protokol.events.caller.DisableAccount;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.caller.LinkAccountToPerson;
import dk.protokol.events.caller.OpenAccount;
import dk.protokol.events.command.FieldMessage;
import dk.protokol.events.command.Refusal;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.PersonId;
import dk.protokol.infra.web.ApiTest;
import dk.protokol.infra.web.Http;
import dk.protokol.infra.web.Http.Answer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The published language's {@link Accounts} as the pages use it, against PostgreSQL: it opens, disables, re-passwords
 * and links accounts through the API's own service, so what the pages do signs in (or no longer does) over HTTP, and
 * a refusal is the one the API answers: the same rule, field and Danish message. A page session of an account
 * disabled since it signed in ends.
 */
@ApiTest
class LocalAccountsTest {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    AccountService service;
    @Autowired
    AccountUserDetailsService logins;
    @Autowired
    CommandGateway commands;
    @Autowired
    WebApplicationContext context;

    Http http;
    String admin;

    @BeforeEach
    void signInAsAnAdministrator() {
        http = new Http(port);
        admin = unique("driftschef");
        service.open(admin, "drifts-kodeord-1", null, Set.of(GlobalRole.ADMIN), "test");
        UserDetails account = logins.loadUserByUsername(admin);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAccountOpenedThroughThePortSignsInAsItsPersonAndIsListedWithoutItsPassword() {
        PersonId person = registered("Kim Kontokunde");
        String username = unique("kim");

        Outcome outcome = accounts.make(() -> new OpenAccount(username, "kims-kodeord", person,
                Set.of(GlobalRole.EVALUATOR)));

        assertThat(outcome).isEqualTo(new Outcome.Done(username));
        Account account = accounts.find(username).orElseThrow();
        assertThat(account.personId()).isEqualTo(person);
        assertThat(account.roles()).containsExactly(GlobalRole.EVALUATOR);
        assertThat(account.enabled()).isTrue();
        assertThat(account.createdBy()).isEqualTo(admin);
        assertThat(accounts.all()).extracting(Account::username).contains(username, admin);
        Answer me = http.get(username, "kims-kodeord", "/api/test-only/whoami");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("personId").asText()).isEqualTo(person.toString());
    }

    @Test
    void aDisabledAccountSignsInNoMoreAndIsDisabledOnlyOnce() {
        String username = opened(null);

        assertThat(accounts.make(() -> new DisableAccount(username))).isEqualTo(new Outcome.Done(username));

        assertThat(accounts.find(username).orElseThrow().enabled()).isFalse();
        assertThat(http.get(username, "start-kodeord", "/api/test-only/whoami").status()).isEqualTo(401);
        Refusal again = refused(() -> new DisableAccount(username));
        assertThat(again.rule()).isEqualTo("AccountIsDisabledOnce");
        assertThat(again.field()).isEqualTo("username");
        assertThat(again.message()).isEqualTo("Kontoen '" + username + "' er allerede spærret.");
    }

    /** A page session begun before the account was disabled ends at its next request, with the login page's word. */
    @Test
    void aPageSessionOfAnAccountDisabledSinceItSignedInEndsAtItsNextRequest() throws Exception {
        String username = opened(null);
        // the requests carry the session's login only, not this thread's administrator
        var administrator = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.clearContext();
        MockMvc pages = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpSession session = (MockHttpSession) pages.perform(formLogin("/login").user(username)
                .password("start-kodeord")).andExpect(authenticated()).andReturn().getRequest().getSession(false);
        pages.perform(get("/organisation").session(session)).andExpect(status().isOk());

        SecurityContextHolder.getContext().setAuthentication(administrator);
        assertThat(accounts.make(() -> new DisableAccount(username))).isEqualTo(new Outcome.Done(username));
        SecurityContextHolder.clearContext();

        pages.perform(get("/organisation").session(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?error=oidc-disabled"));
        assertThat(session.isInvalid()).isTrue();
        pages.perform(formLogin("/login").user(username).password("start-kodeord")).andExpect(unauthenticated());
    }

    @Test
    void noOneDisablesTheirOwnAccount() {
        Refusal refusal = refused(() -> new DisableAccount(admin));

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.RULE);
        assertThat(refusal.rule()).isEqualTo("NoOneDisablesTheirOwnAccount");
        assertThat(accounts.find(admin).orElseThrow().enabled()).isTrue();
    }

    @Test
    void aNewPasswordReplacesTheOldOne() {
        String username = opened(null);

        assertThat(accounts.make(() -> new ChangeAccountPassword(username, "nyt-kodeord-2")))
                .isEqualTo(new Outcome.Done(username));

        assertThat(http.get(username, "start-kodeord", "/api/test-only/whoami").status()).isEqualTo(401);
        assertThat(http.get(username, "nyt-kodeord-2", "/api/test-only/whoami").status()).isEqualTo(200);
    }

    @Test
    void anAccountLinkedToAPersonActsAsThatPerson() {
        String username = opened(null);
        PersonId person = registered("Lis Linket");

        assertThat(accounts.make(() -> new LinkAccountToPerson(username, person)))
                .isEqualTo(new Outcome.Done(username));

        assertThat(http.get(username, "start-kodeord", "/api/test-only/whoami").json().path("personId").asText())
                .isEqualTo(person.toString());
    }

    /** The same input is refused alike by the port and by the API: kind, field and message. */
    @Test
    void thePortRefusesWhatTheApiRefusesWithTheSameMessages() {
        String taken = opened(null);
        PersonId nobody = PersonId.random();

        Refusal limits = refused(() -> new OpenAccount("Ikke Gyldig!", "kort", null, Set.of()));
        Answer apiLimits = http.post(admin, "drifts-kodeord-1", "/api/accounts",
                "{\"username\":\"Ikke Gyldig!\",\"password\":\"kort\"}");
        assertThat(limits.kind().status()).isEqualTo(apiLimits.status()).isEqualTo(400);
        assertThat(limits.errors()).extracting(FieldMessage::field).containsExactly("username", "password");
        assertThat(apiLimits.json().path("errors").findValuesAsText("message"))
                .containsExactlyElementsOf(limits.errors().stream().map(FieldMessage::message).toList());

        Refusal twice = refused(() -> new OpenAccount(taken, "hemmelig-kode", null, Set.of()));
        Answer apiTwice = http.post(admin, "drifts-kodeord-1", "/api/accounts",
                "{\"username\":\"" + taken + "\",\"password\":\"hemmelig-kode\"}");
        assertThat(apiTwice.status()).isEqualTo(twice.kind().status()).isEqualTo(409);
        assertThat(apiTwice.json().path("rule").asText()).isEqualTo(twice.rule()).isEqualTo("UsernameMustBeUnique");
        assertThat(apiTwice.json().path("detail").asText()).isEqualTo(twice.message());

        Refusal unknownPerson = refused(() -> new LinkAccountToPerson(taken, nobody));
        Answer apiUnknownPerson = http.post(admin, "drifts-kodeord-1", "/api/accounts/" + taken + "/person",
                "{\"personId\":\"" + nobody + "\"}");
        assertThat(apiUnknownPerson.status()).isEqualTo(unknownPerson.kind().status()).isEqualTo(404);
        assertThat(apiUnknownPerson.json().path("field").asText()).isEqualTo(unknownPerson.field())
                .isEqualTo("personId");
        assertThat(apiUnknownPerson.json().path("detail").asText()).isEqualTo(unknownPerson.message());

        String tooLong = "æ".repeat(40);
        Refusal bcrypt = refused(() -> new ChangeAccountPassword(taken, tooLong));
        Answer apiBcrypt = http.post(admin, "drifts-kodeord-1", "/api/accounts/" + taken + "/password",
                "{\"password\":\"" + tooLong + "\"}");
        assertThat(apiBcrypt.status()).isEqualTo(bcrypt.kind().status()).isEqualTo(400);
        assertThat(apiBcrypt.json().path("errors").get(0).path("message").asText()).isEqualTo(bcrypt.message())
                .contains("72 bytes");

        Refusal unknownAccount = refused(() -> new DisableAccount("findes-ikke-" + UUID.randomUUID()));
        assertThat(unknownAccount.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(unknownAccount.field()).isEqualTo("username");
    }

    private Refusal refused(Supplier<? extends dk.protokol.events.caller.AccountCommand> command) {
        Outcome outcome = accounts.make(command);
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused) outcome).refusal();
    }

    private String opened(PersonId person) {
        String username = unique("konto");
        service.open(username, "start-kodeord", person == null ? null : person.value(), Set.of(), "test");
        return username;
    }

    private PersonId registered(String name) {
        PersonId person = PersonId.random();
        commands.sendAndWait(new RegisterPerson(person, name, null, null, "Kontoby Kommune"));
        return person;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
