package dk.protokol.infra.security;

import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens from the configured provider for integrations (issue 15), against a {@link FakeProvider} that signs
 * real RS256 tokens: a valid token acts as the account its subject is bound to; an expired token, one for another
 * audience, from another issuer, signed with another key, for an unbound subject, or of a disabled account is
 * answered 401 alike; HTTP Basic still works beside it.
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protokol.api.jwt.issuer=" + FakeProvider.ISSUER, "protokol.api.jwt.audience=protokol-api"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class BearerTokenApiTest {

    static final FakeProvider PROVIDER = FakeProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("protokol.api.jwt.jwk-set-uri", PROVIDER::jwkSetUri);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    ExternalIdentityStore identities;
    @Autowired
    AccountStore store;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Http.Answer withToken(String token) {
        return http.get(null, null, "/api/org-chart", headers -> headers.set(HttpHeaders.AUTHORIZATION,
                "Bearer " + token));
    }

    /** An account bound to a provider subject, as the provider's page login binds it. */
    private String boundSubject(String username) {
        accounts.openUnchecked(username, "hemmeligt-kodeord-123", null, Set.of(), "test");
        String subject = UUID.randomUUID().toString();
        identities.bind(store.findByUsername(username).orElseThrow().accountId(), FakeProvider.ISSUER, subject,
                Instant.now());
        return subject;
    }

    @Test
    void aValidTokenActsAsTheBoundAccountAndEveryOtherIsRefusedAlike() {
        String username = "integration-" + UUID.randomUUID().toString().substring(0, 8);
        String subject = boundSubject(username);
        Instant soon = Clock.systemUTC().instant().plusSeconds(300);

        Http.Answer valid = withToken(PROVIDER.accessToken(FakeProvider.ISSUER, subject, "protokol-api", soon, false));
        assertThat(valid.status()).as(valid.body()).isEqualTo(200);

        for (String refused : new String[]{
                PROVIDER.accessToken(FakeProvider.ISSUER, subject, "protokol-api",
                        Clock.systemUTC().instant().minusSeconds(120), false),                 // expired
                PROVIDER.accessToken(FakeProvider.ISSUER, subject, "another-api", soon, false),   // wrong audience
                PROVIDER.accessToken("https://other.example.org", subject, "protokol-api", soon, false), // issuer
                PROVIDER.accessToken(FakeProvider.ISSUER, subject, "protokol-api", soon, true),    // foreign key
                PROVIDER.accessToken(FakeProvider.ISSUER, "unbound-" + subject, "protokol-api", soon, false),
                "not.a.token"}) {
            Http.Answer answer = withToken(refused);
            assertThat(answer.status()).as(refused).isEqualTo(401);
            assertThat(answer.json().path("detail").asText()).isEqualTo(BearerCredentialsFilter.TOKEN_REFUSED);
            assertThat(answer.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
        }

        accounts.disable(new dk.protokol.events.caller.DisableAccount(username), "test");
        assertThat(withToken(PROVIDER.accessToken(FakeProvider.ISSUER, subject, "protokol-api", soon, false))
                .status()).as("account disabled").isEqualTo(401);
        assertThat(http.get("evaluator", "demo", "/api/org-chart").status()).as("no demo users here: 401")
                .isEqualTo(401);
    }
}
