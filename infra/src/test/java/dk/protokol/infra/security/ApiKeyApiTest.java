package dk.protokol.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * API keys on PostgreSQL (issue 15): issued by an administrator or by the account itself and shown once, stored only
 * as a hash; a valid key acts as its account with the account's roles; an unknown, expired or revoked key, and the key
 * of a disabled account, are answered 401 alike; the last use is noted.
 */
@DemoDataTest
class ApiKeyApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private JsonNode issue(String asUser, String forAccount, String body) {
        Http.Answer answer = http.post(asUser, "demo", "/api/accounts/" + forAccount + "/api-keys", body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json();
    }

    private Http.Answer withKey(String key, String path) {
        return http.get(null, null, path, headers -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + key));
    }

    @Test
    void aKeyIsShownOnceStoredAsAHashAndActsAsItsAccount() {
        JsonNode issued = issue("admin", "sekretaer", "{\"name\":\"Sagssystemet\",\"validDays\":30}");
        String key = issued.path("key").asText();
        assertThat(key).startsWith("prk_").hasSizeGreaterThan(40);
        assertThat(issued.path("prefix").asText()).isEqualTo(key.substring(0, 10));

        JsonNode listed = http.get("admin", "demo", "/api/accounts/sekretaer/api-keys").json();
        JsonNode mine = null;
        for (JsonNode one : listed) {
            if (one.path("id").asText().equals(issued.path("id").asText())) {
                mine = one;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.has("key")).as("never listed again").isFalse();
        assertThat(mine.path("active").asBoolean()).isTrue();
        assertThat(mine.path("createdBy").asText()).isEqualTo("admin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_key WHERE position(convert_to(?, 'UTF8') in "
                + "key_hash) > 0 OR key_prefix = ?", Long.class, key, key)).as("the key itself is not stored").isZero();

        Http.Answer chart = withKey(key, "/api/org-chart");
        assertThat(chart.status()).as(chart.body()).isEqualTo(200);
        // the secretary's roles, not more: an administrator's operation is refused
        assertThat(http.post(null, null, "/api/people", "{\"name\":\"Nøgleperson\"}",
                headers -> headers.set(HttpHeaders.AUTHORIZATION, "Bearer " + key)).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("SELECT last_used_at IS NOT NULL FROM api_key WHERE id = ?", Boolean.class,
                UUID.fromString(issued.path("id").asText()))).isTrue();
    }

    @Test
    void unknownExpiredRevokedAndDisabledAccountsKeysAreAnswered401Alike() {
        Http.Answer unknown = withKey("prk_" + "A".repeat(43), "/api/org-chart");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.json().path("detail").asText()).isEqualTo(BearerCredentialsFilter.REFUSED);
        assertThat(unknown.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");

        String expiring = issue("admin", "evaluator", "{\"name\":\"Udløber\"}").path("key").asText();
        assertThat(withKey(expiring, "/api/org-chart").status()).isEqualTo(200);
        jdbc.update("UPDATE api_key SET expires_at = now() - interval '1 minute' WHERE key_hash = ?",
                ApiKeys.hash(expiring));
        assertThat(withKey(expiring, "/api/org-chart").status()).as("expired").isEqualTo(401);

        JsonNode revokedKey = issue("admin", "evaluator", "{\"name\":\"Tilbagekaldes\"}");
        String revoked = revokedKey.path("key").asText();
        Http.Answer revocation = http.post("evaluator", "demo", "/api/accounts/evaluator/api-keys/"
                + revokedKey.path("id").asText() + "/revoke", "{}");
        assertThat(revocation.status()).as(revocation.body()).isEqualTo(200);
        assertThat(revocation.json().path("revokedBy").asText()).isEqualTo("evaluator");
        assertThat(revocation.json().path("active").asBoolean()).isFalse();
        assertThat(withKey(revoked, "/api/org-chart").status()).as("revoked").isEqualTo(401);

        String account = "integration-" + UUID.randomUUID().toString().substring(0, 8);
        Http.Answer opened = http.post("admin", "demo", "/api/accounts", "{\"username\":\"" + account
                + "\",\"password\":\"en-lang-adgangskode-til-prøven\",\"roles\":[\"EVALUATOR\"]}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String disabledKey = issue("admin", account, "{\"name\":\"Deaktiveres\"}").path("key").asText();
        assertThat(withKey(disabledKey, "/api/org-chart").status()).isEqualTo(200);
        assertThat(http.post("admin", "demo", "/api/accounts/" + account + "/disable", "{}").status()).isEqualTo(200);
        assertThat(withKey(disabledKey, "/api/org-chart").status()).as("account disabled").isEqualTo(401);
    }

    @Test
    void anAccountIssuesItsOwnKeysButNotAnothersAndBadRequestsAreRefusedInDanish() {
        assertThat(issue("medlem", "medlem", "{\"name\":\"Min kalender\"}").path("key").asText()).startsWith("prk_");
        assertThat(http.post("medlem", "demo", "/api/accounts/sekretaer/api-keys", "{\"name\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(http.get("medlem", "demo", "/api/accounts/sekretaer/api-keys").status()).isEqualTo(403);

        Http.Answer noName = http.post("admin", "demo", "/api/accounts/medlem/api-keys", "{\"name\":\" \"}");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body()).contains("Giv nøglen et navn");
        Http.Answer tooLong = http.post("admin", "demo", "/api/accounts/medlem/api-keys",
                "{\"name\":\"x\",\"validDays\":731}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("fra 1 til 730 dage");
        long keys = jdbc.queryForObject("SELECT COUNT(*) FROM api_key", Long.class);
        assertThat(http.post("admin", "demo", "/api/accounts/medlem/api-keys", "{\"name\":\"x\",\"validDays\":0}")
                .status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM api_key", Long.class)).isEqualTo(keys);
    }
}
