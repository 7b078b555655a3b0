package dk.protokol.infra.security;

import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import dk.protokol.infra.web.Http.Answer;
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
import org.springframework.web.util.UriComponentsBuilder;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an OpenID Connect provider configured ({@code spring.security.oauth2.client.registration.*}) the login
 * page offers it beside the local accounts, and its button starts the authorization code flow at the provider.
 * The whole flow runs against a {@link FakeProvider} that issues signed ID tokens: a user whose username names an
 * account is signed in as it, one without an account lands on the login page with the reason.
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.security.oauth2.client.registration.kommune.client-id=protokol",
                "spring.security.oauth2.client.registration.kommune.client-secret=hemmelig",
                "spring.security.oauth2.client.registration.kommune.client-name=Kommunens login",
                "spring.security.oauth2.client.registration.kommune.scope=openid,profile",
                "spring.security.oauth2.client.registration.kommune.authorization-grant-type=authorization_code",
                "spring.security.oauth2.client.registration.kommune.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
                "spring.security.oauth2.client.provider.kommune.authorization-uri=https://login.example.org/authorize",
                "spring.security.oauth2.client.provider.kommune.user-name-attribute=sub"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class OpenIdConnectLoginTest {

    /** The provider's back channel (token endpoint and keys) on this machine; the browser never goes there. */
    static final FakeProvider PROVIDER = FakeProvider.start();

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.kommune.token-uri", PROVIDER::tokenUri);
        registry.add("spring.security.oauth2.client.provider.kommune.jwk-set-uri", PROVIDER::jwkSetUri);
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.stop();
    }

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theLoginPageOffersTheProviderBesideTheLocalForm() {
        Answer login = http.get(null, null, "/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("href=\"/oauth2/authorization/kommune\"", "Log ind med Kommunens login",
                "name=\"username\"", "name=\"password\"", "_csrf");
    }

    @Test
    void theButtonSendsTheBrowserToTheProvider() {
        Answer start = http.get(null, null, "/oauth2/authorization/kommune");

        assertThat(start.status()).isEqualTo(302);
        assertThat(start.headers().getLocation()).hasHost("login.example.org").hasPath("/authorize");
        assertThat(start.headers().getLocation().getQuery()).contains("client_id=protokol", "response_type=code");
    }

    @Test
    void theLogoutMessageNeedsNoLogin() {
        Answer page = http.get(null, null, "/login?logout");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Du er logget ud.");
    }

    @Test
    void aProviderUserWithAnAccountIsSignedInAsIt() {
        String username = "oidc-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.openUnchecked(username, "hemmeligt-kodeord", null, Set.of(), "test");

        Login login = logIn(UUID.randomUUID().toString(), username);

        assertThat(login.callback().status()).isEqualTo(302);
        assertThat(login.callback().headers().getLocation()).hasPath("/");
        String session = login.session();
        assertThat(page("/mine-handlinger", session).status()).isEqualTo(200);
    }

    @Test
    void aProviderUserWithoutAnAccountLandsOnTheLoginPageWithTheReason() {
        Login login = logIn(UUID.randomUUID().toString(), "ukendt-bruger");

        assertThat(login.callback().status()).isEqualTo(302);
        assertThat(login.callback().headers().getLocation()).hasPath("/login")
                .hasQuery("error=oidc-unlinked&provider=kommune");
        Answer page = http.get(null, null, "/login?error=oidc-unlinked&provider=kommune");
        assertThat(page.body()).contains("Din bruger hos Kommunens login er ikke knyttet til en konto i Protokol. "
                + "Kontakt administratoren.");
        // and is not signed in
        String session = login.session();
        Answer mine = page("/mine-handlinger", session);
        assertThat(mine.status()).isEqualTo(302);
        assertThat(mine.headers().getLocation()).hasPath("/login");
    }

    @Test
    void aCallbackWithoutALoginStartedHereFailsBackToTheLoginPage() {
        Answer callback = http.get(null, null, "/login/oauth2/code/kommune?code=abc&state=forfalsket");

        assertThat(callback.status()).isEqualTo(302);
        assertThat(callback.headers().getLocation()).hasPath("/login").hasQuery("error=oidc&provider=kommune");
    }

    /** The callback's answer, and the session cookie the browser holds afterwards. */
    record Login(Answer callback, String session) {
    }

    /** The browser's round trip: the button, the provider's answer with a code, the callback. */
    private Login logIn(String subject, String preferredUsername) {
        Answer start = http.get(null, null, "/oauth2/authorization/kommune");
        assertThat(start.status()).isEqualTo(302);
        Map<String, String> query = UriComponentsBuilder.fromUri(start.headers().getLocation()).build()
                .getQueryParams().toSingleValueMap();
        String state = URLDecoder.decode(query.get("state"), StandardCharsets.UTF_8);
        String nonce = URLDecoder.decode(query.get("nonce"), StandardCharsets.UTF_8);
        PROVIDER.nextUser(subject, preferredUsername, nonce);
        String session = sessionCookie(start);
        // a state is base64url: nothing in it needs encoding in a query
        Answer callback = http.get(null, null, "/login/oauth2/code/kommune?code=kode&state=" + state,
                headers -> headers.set(HttpHeaders.COOKIE, session));
        // a successful login changes the session id; a failed one keeps the session
        return new Login(callback, newSessionCookie(callback).orElse(session));
    }

    /** A page as a browser asks for it in the session. */
    private Answer page(String path, String session) {
        return http.get(null, null, path, headers -> {
            headers.set(HttpHeaders.COOKIE, session);
            headers.set(HttpHeaders.ACCEPT, "text/html");
        });
    }

    private static String sessionCookie(Answer answer) {
        return newSessionCookie(answer)
                .orElseThrow(() -> new AssertionError("no session cookie in " + answer.headers()));
    }

    private static Optional<String> newSessionCookie(Answer answer) {
        return answer.headers().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst();
    }
}
