package dk.protokol.infra.security;

import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import dk.protokol.infra.web.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With an OpenID Connect provider configured ({@code spring.security.oauth2.client.registration.*}) the login
 * page offers it beside the local accounts, and its button starts the authorization code flow at the provider.
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
                "spring.security.oauth2.client.provider.kommune.token-uri=https://login.example.org/token",
                "spring.security.oauth2.client.provider.kommune.jwk-set-uri=https://login.example.org/jwks",
                "spring.security.oauth2.client.provider.kommune.user-name-attribute=sub"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class OpenIdConnectLoginTest {

    @LocalServerPort
    int port;

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
}
