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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published language's {@link Accounts} as the pages use it, against PostgreSQL: it opens, disables, re-passwords
 * and links accounts through the API's own service, so what the pages do signs in (or no longer does) over HTTP, and
 * a refusal is the one the API answers: the same rule, field and Danish message.
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
