package dk.protokol.infra.security;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.web.ApiTest;
import dk.protokol.infra.web.Http;
import dk.protokol.infra.web.Http.Answer;
import dk.protokol.infra.web.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApiTest
class AccountApiTest {

    @LocalServerPort
    int port;
    @Value("${protokol.demo-password:demo}")
    String demoPassword;
    @Autowired
    DemoAccounts demoAccounts;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        TestUsers.ensure(demoAccounts);
    }

    @Test
    void anApiCallWithoutCredentialsIsAnswered401AsProblemJson() {
        Answer answer = http.post(null, null, "/api/accounts", "{}");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.headers().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic realm=\"Protokol\"");
        assertThat(answer.json().path("status").asInt()).isEqualTo(401);
        assertThat(answer.json().path("title").asText()).isEqualTo("Ikke logget ind");
    }

    @Test
    void aWrongPasswordIsAnswered401() {
        Answer answer = http.get("admin", demoPassword + "-wrong", "/api/test-only/whoami");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void onlyAnAdminMayCreateAccounts() {
        Answer answer = http.post("sekretaer", demoPassword, "/api/accounts",
                "{\"username\":\"" + unique("x") + "\",\"password\":\"longenough\"}");

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().path("title").asText()).isEqualTo("Ingen adgang");
    }

    @Test
    void anAdminCreatesAnAccountThatCanThenSignIn() {
        String username = unique("evaluering");

        Answer created = http.post("admin", demoPassword, "/api/accounts",
                "{\"username\":\"" + username + "\",\"password\":\"hemmelig-kode\",\"roles\":[\"EVALUATOR\"]}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("username").asText()).isEqualTo(username);
        assertThat(UUID.fromString(created.json().path("id").asText())).isNotNull();

        Answer me = http.get(username, "hemmelig-kode", "/api/test-only/whoami");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asText()).isEqualTo(username);
        assertThat(me.json().path("roles").toString()).isEqualTo("[\"EVALUATOR\"]");
        assertThat(me.json().path("personId").asText()).isEmpty();
    }

    @Test
    void theSignedInPrincipalCarriesTheLinkedPerson() {
        Answer me = http.get("sekretaer", demoPassword, "/api/test-only/whoami");

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("personId").asText()).isEqualTo(TestUsers.SEKRETAER_PERSON.toString());
        assertThat(me.json().path("roles").size()).isZero();
    }

    @Test
    void aUsernameIsTakenOnlyOnce() {
        String body = "{\"username\":\"" + unique("dobbelt") + "\",\"password\":\"hemmelig-kode\"}";
        assertThat(http.post("admin", demoPassword, "/api/accounts", body).status()).isEqualTo(201);

        Answer second = http.post("admin", demoPassword, "/api/accounts", body);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.contentType()).isEqualTo("application/problem+json");
        assertThat(second.json().path("rule").asText()).isEqualTo("UsernameMustBeUnique");
        assertThat(second.json().path("detail").asText()).contains("allerede i brug");
    }

    @Test
    void invalidInputIsAnswered400NamingEachField() {
        Answer answer = http.post("admin", demoPassword, "/api/accounts",
                "{\"username\":\"Ikke Gyldig!\",\"password\":\"kort\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        JsonNode errors = answer.json().path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactlyInAnyOrder("username", "password");
        assertThat(errors.findValuesAsText("message"))
                .anySatisfy(message -> assertThat(message).contains("Brugernavnet skal være 3-64 tegn"))
                .anySatisfy(message -> assertThat(message).isEqualTo("Adgangskoden skal være mellem 8 og 72 tegn."));
    }

    @Test
    void anUnknownRoleIsAnswered400NamingTheFieldAndTheAllowedValues() {
        Answer answer = http.post("admin", demoPassword, "/api/accounts",
                "{\"username\":\"" + unique("konge") + "\",\"password\":\"hemmelig-kode\",\"roles\":[\"KING\"]}");

        assertThat(answer.status()).isEqualTo(400);
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("roles[0]");
        assertThat(error.path("message").asText()).contains("'KING'").contains("ADMIN, EVALUATOR");
    }

    @Test
    void aPasswordBeyondWhatBcryptTakesIsAnswered400() {
        String seventyTwoCharactersOfTwoBytes = "æ".repeat(72);

        Answer answer = http.post("admin", demoPassword, "/api/accounts",
                "{\"username\":\"" + unique("lang") + "\",\"password\":\"" + seventyTwoCharactersOfTwoBytes + "\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo("password");
    }

    @Test
    void anAccountForAnUnknownPersonIsAnswered404() {
        Answer answer = http.post("admin", demoPassword, "/api/accounts",
                "{\"username\":\"" + unique("ingen") + "\",\"password\":\"hemmelig-kode\",\"personId\":\""
                        + UUID.randomUUID() + "\"}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().path("field").asText()).isEqualTo("personId");
    }

    @Test
    void anAdminDisablesAnAccountGivesItANewPasswordAndLinksItToAPersonAndNoOneElseMay() {
        String username = unique("upkeep");
        assertThat(http.post("admin", demoPassword, "/api/accounts",
                "{\"username\":\"" + username + "\",\"password\":\"gammel-kode\"}").status()).isEqualTo(201);

        assertThat(http.post("sekretaer", demoPassword, "/api/accounts/" + username + "/disable", "{}").status())
                .isEqualTo(403);
        Answer password = http.post("admin", demoPassword, "/api/accounts/" + username + "/password",
                "{\"password\":\"ny-og-bedre-kode\"}");
        assertThat(password.status()).isEqualTo(200);
        assertThat(password.json().path("username").asText()).isEqualTo(username);
        assertThat(http.get(username, "ny-og-bedre-kode", "/api/test-only/whoami").status()).isEqualTo(200);

        String person = http.post("admin", demoPassword, "/api/people", "{\"name\":\"Vibeke Vedligehold\"}").json()
                .path("id").asText();
        assertThat(http.post("admin", demoPassword, "/api/accounts/" + username + "/person",
                "{\"personId\":\"" + person + "\"}").status()).isEqualTo(200);
        assertThat(http.get(username, "ny-og-bedre-kode", "/api/test-only/whoami").json().path("personId").asText())
                .isEqualTo(person);

        assertThat(http.post("admin", demoPassword, "/api/accounts/" + username + "/disable", "{}").status())
                .isEqualTo(200);
        assertThat(http.get(username, "ny-og-bedre-kode", "/api/test-only/whoami").status()).isEqualTo(401);
        Answer again = http.post("admin", demoPassword, "/api/accounts/" + username + "/disable", "{}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("rule").asText()).isEqualTo("AccountIsDisabledOnce");
        assertThat(http.post("admin", demoPassword, "/api/accounts/admin/disable", "{}").json().path("rule")
                .asText()).isEqualTo("NoOneDisablesTheirOwnAccount");
        assertThat(http.post("admin", demoPassword, "/api/accounts/findes-ikke/password",
                "{\"password\":\"ny-og-bedre-kode\"}").status()).isEqualTo(404);
        Answer noPerson = http.post("admin", demoPassword, "/api/accounts/" + username + "/person", "{}");
        assertThat(noPerson.status()).isEqualTo(400);
        assertThat(noPerson.json().path("errors").get(0).path("message").asText())
                .isEqualTo("Vælg den person, kontoen hører til.");
    }

    @Test
    void aChangeStartedByAnotherSiteIsRefusedEvenWithCredentials() {
        Answer answer = http.post("admin", demoPassword, "/api/accounts",
                "{\"username\":\"" + unique("csrf") + "\",\"password\":\"hemmelig-kode\"}",
                headers -> headers.set("Sec-Fetch-Site", "cross-site"));

        assertThat(answer.status()).isEqualTo(403);
    }

    @Test
    void pagesNeedASignInAndCarryTheSecurityHeaders() {
        Answer page = http.get(null, null, "/", headers -> headers.setAccept(List.of(MediaType.TEXT_HTML)));

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().getLocation()).hasPath("/login");
        assertThat(http.get(null, null, "/").status()).as("a client that is not a browser gets Basic").isEqualTo(401);

        Answer login = http.get(null, null, "/login");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.headers().getFirst("Content-Security-Policy")).startsWith("default-src 'self'");
        assertThat(login.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.headers().getFirst("X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.body()).contains("_csrf");
    }

    @Test
    void healthAndApiDocsArePublic() {
        assertThat(http.get(null, null, "/actuator/health").status()).isEqualTo(200);
        assertThat(http.get(null, null, "/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(http.get(null, null, "/v3/api-docs").status()).isEqualTo(200);
    }

    @Test
    void demoAccountsAreCreatedOnceAndKeepTheirFirstLink() {
        demoAccounts.ensure(Map.of("sekretaer", UUID.randomUUID()));

        Answer me = http.get("sekretaer", demoPassword, "/api/test-only/whoami");
        assertThat(me.json().path("personId").asText()).isEqualTo(TestUsers.SEKRETAER_PERSON.toString());
        assertThat(http.get("admin", demoPassword, "/api/test-only/whoami").json().path("roles").toString())
                .isEqualTo("[\"ADMIN\"]");
        assertThatThrownBy(() -> demoAccounts.ensure(Map.of("sekretær", UUID.randomUUID())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
