package dk.protokol.infra.web;

import dk.protokol.infra.security.DemoAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, the front door's HTTP: a change from another site named only by its {@code Origin} is refused; the Host
 * header is never reflected in a redirect; the session cookie is HttpOnly, SameSite=Lax and Secure behind https; and
 * the 400s Tomcat gives before any filter runs carry the security headers.
 */
@ApiTest
class FrontDoorTest {

    @LocalServerPort
    int port;
    @Value("${protokol.demo-password:demo}")
    String password;
    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTestConfiguration.Calls calls;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        TestUsers.ensure(demoAccounts);
    }

    @Test
    void aChangeFromAnotherOriginIsRefusedWithoutSecFetchSite() {
        long events = events();
        int probes = calls.probesCreated.get();
        for (String origin : List.of("http://evil.example", "null", "http://127.0.0.1:" + port + ".evil.example",
                "https://127.0.0.1:" + port, "http://localhost:8081")) {
            Http.Answer refused = post(headers -> headers.set("Origin", origin));
            assertThat(refused.status()).as(origin).isEqualTo(403);
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
        }
        assertThat(calls.probesCreated.get()).isEqualTo(probes);
        assertThat(events()).isEqualTo(events);

        // the request's own origin, the configured public base URL's, and a client that names none
        assertThat(post(headers -> headers.set("Origin", "http://127.0.0.1:" + port)).status()).isEqualTo(201);
        assertThat(post(headers -> headers.set("Origin", "http://localhost:8080")).status()).isEqualTo(201);
        assertThat(post(headers -> { }).status()).isEqualTo(201);
        // a read is not a change
        assertThat(http.get("admin", password, "/api/test-only/whoami",
                headers -> headers.set("Origin", "http://evil.example")).status()).isEqualTo(200);
    }

    @Test
    void aRedirectNeverReflectsTheHostHeader() {
        RawHttp.Answer page = RawHttp.send(port, "GET /sekretaer HTTP/1.1", "Host: evil.example",
                "Accept: text/html");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).isEqualTo("/login");

        RawHttp.Answer logout = RawHttp.send(port, "GET /login?lang=en HTTP/1.1", "Host: evil.example:8443");
        assertThat(logout.status()).isEqualTo(200);
        assertThat(String.join("\n", logout.headerLines())).doesNotContain("evil.example");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        RawHttp.Answer page = RawHttp.send(port, "GET /sekretaer HTTP/1.1", "Host: localhost",
                "Accept: text/html");
        String cookie = page.headers("Set-Cookie").stream().filter(value -> value.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
    }

    @Test
    void theSessionCookieIsSecureWhenThePublicBaseUrlIsHttps() {
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> customizer = new FrontDoorServerConfiguration()
                .frontDoor(new PublicBaseUrl("https://protokol.example.dk"));
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        customizer.customize(factory);
        Cookie cookie = factory.getSession().getCookie();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo(Cookie.SameSite.LAX);
    }

    @Test
    void tomcatsOwnBadRequestsCarryTheSecurityHeaders() {
        for (String target : List.of("/api/a|b", "/api/%00", "/sekretaer/{x}")) {
            RawHttp.Answer answer = RawHttp.send(port, "GET " + target + " HTTP/1.1", "Host: localhost");
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.header("X-Content-Type-Options")).as(target).isEqualTo("nosniff");
            assertThat(answer.header("Content-Security-Policy")).as(target).contains("frame-ancestors 'none'");
            assertThat(answer.header("X-Frame-Options")).as(target).isEqualTo("DENY");
            assertThat(answer.body()).as(target).doesNotContain("Tomcat");
        }
    }

    private Http.Answer post(Consumer<org.springframework.http.HttpHeaders> headers) {
        return http.post("admin", password, "/api/test-only/probes", "{\"label\":\"oprindelse\"}", headers);
    }

    private long events() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
    }
}
