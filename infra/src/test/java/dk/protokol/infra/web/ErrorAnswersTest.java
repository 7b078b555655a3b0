package dk.protokol.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.security.DemoAccounts;
import dk.protokol.infra.web.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** DESIGN.md principle 8: bad input gets a clear problem+json naming the field and the rule, never a 500. */
@ApiTest
class ErrorAnswersTest {

    @LocalServerPort
    int port;
    @Value("${protokol.demo-password:demo}")
    String password;
    @Autowired
    DemoAccounts demoAccounts;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        TestUsers.ensure(demoAccounts);
    }

    @Test
    void beanValidationNamesTheField() {
        Answer answer = post("/api/test-only/typed", "{\"name\":\" \"}");

        assertProblem(answer, 400);
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("name");
        assertThat(error.path("message").asText()).isEqualTo("Navnet mangler.");
    }

    @Test
    void aConstraintWithoutItsOwnMessageIsExplainedInDanish() {
        Answer answer = post("/api/test-only/probes", "{\"label\":\"\"}");

        assertProblem(answer, 400);
        assertThat(answer.json().path("errors").get(0).path("message").asText()).isEqualTo("skal udfyldes");
    }

    @Test
    void aWrongEnumValueNamesTheFieldAndTheAllowedValues() {
        Answer answer = post("/api/test-only/typed", "{\"name\":\"x\",\"kind\":\"HUGE\"}");

        assertProblem(answer, 400);
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("kind");
        assertThat(error.path("message").asText())
                .isEqualTo("Ugyldig værdi 'HUGE': forventede en af værdierne SMALL, LARGE.");
    }

    @Test
    void aBadDateNamesTheField() {
        Answer answer = post("/api/test-only/typed", "{\"name\":\"x\",\"on\":\"2025-02-30\"}");

        assertProblem(answer, 400);
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("on");
        assertThat(error.path("message").asText()).contains("ÅÅÅÅ-MM-DD");
    }

    @Test
    void aBadIdAndAWrongTypeNameTheirFields() {
        assertThat(post("/api/test-only/typed", "{\"name\":\"x\",\"ref\":\"not-a-uuid\"}")
                .json().path("errors").get(0).path("field").asText()).isEqualTo("ref");
        Answer wrongType = post("/api/test-only/typed", "{\"name\":\"x\",\"count\":{\"a\":1}}");
        assertProblem(wrongType, 400);
        assertThat(wrongType.json().path("errors").get(0).path("field").asText()).isEqualTo("count");
        assertThat(wrongType.json().path("errors").get(0).path("message").asText()).contains("heltal");
    }

    @Test
    void bodiesThatAreNotJsonOrMissingAreAnswered400() {
        Answer broken = post("/api/test-only/typed", "{\"name\": ");
        assertProblem(broken, 400);
        assertThat(broken.json().path("errors").get(0).has("field")).isFalse();

        Answer empty = http.post("admin", password, "/api/test-only/typed", "");
        assertProblem(empty, 400);
        assertThat(empty.json().path("errors").get(0).path("message").asText()).contains("mangler indhold");
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsNamed() {
        Answer answer = http.get("admin", password, "/api/test-only/typed?on=i-morgen");

        assertProblem(answer, 400);
        JsonNode error = answer.json().path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("on");
        assertThat(error.path("message").asText()).contains("'i-morgen'").contains("ÅÅÅÅ-MM-DD");
    }

    @Test
    void aQueryParameterOutOfRangeAndAMissingOneAreNamed() {
        Answer outOfRange = http.get("admin", password, "/api/test-only/typed?on=2025-01-01&limit=0");
        assertProblem(outOfRange, 400);
        assertThat(outOfRange.json().path("errors").get(0).path("field").asText()).isEqualTo("limit");

        Answer missing = http.get("admin", password, "/api/test-only/typed");
        assertProblem(missing, 400);
        assertThat(missing.json().path("errors").get(0).path("field").asText()).isEqualTo("on");
    }

    @Test
    void aRuleViolationIsAnswered409NamingTheRule() {
        String id = createProbe();

        Answer answer = post("/api/test-only/probes/" + id + "/break", "{}");

        assertProblem(answer, 409);
        assertThat(answer.json().path("rule").asText()).isEqualTo("ProbeMustStayWhole");
        assertThat(answer.json().path("detail").asText()).isEqualTo("Prøven må ikke gå i stykker.");
    }

    @Test
    void aRuleViolationIsFoundInsideTheWrappersOfAsyncAndRemoteCommandHandling() {
        String id = createProbe();

        Answer async = post("/api/test-only/probes/" + id + "/break-async", "{}");
        assertProblem(async, 409);
        assertThat(async.json().path("rule").asText()).isEqualTo("ProbeMustStayWhole");

        Answer remote = post("/api/test-only/probes/" + id + "/break-remote", "{}");
        assertProblem(remote, 409);
        assertThat(remote.json().path("rule").asText()).isEqualTo("ProbeMustStayWhole");
    }

    @Test
    void anUnknownAggregateIsAnswered404() {
        Answer answer = post("/api/test-only/probes/" + UUID.randomUUID() + "/break", "{}");

        assertProblem(answer, 404);
    }

    @Test
    void aBodyBeyondTheLimitIsAnswered413WhetherItsLengthIsDeclaredOrNot() {
        String big = "{\"name\":\"" + "x".repeat(70 * 1024) + "\"}";

        assertProblem(post("/api/test-only/typed", big), 413);
        Answer streamed = http.postStreaming("admin", password, "/api/test-only/typed",
                big.getBytes(StandardCharsets.UTF_8));
        assertProblem(streamed, 413);
    }

    @Test
    void anUnexpectedFailureIsA500WithoutInternals() {
        Answer answer = http.post("admin", password, "/api/test-only/explode", "{}",
                headers -> headers.set(CorrelationIdFilter.HEADER, "fejl-123"));

        assertProblem(answer, 500);
        assertThat(answer.body()).doesNotContain("internal detail").doesNotContain("IllegalStateException")
                .doesNotContain("at dk.");
        assertThat(answer.json().path("correlationId").asText()).isEqualTo("fejl-123");
    }

    @Test
    void springsOwnRefusalsAreProblemsInDanishToo() {
        Answer unknownPath = http.get("admin", password, "/api/test-only/nothing-here");
        assertProblem(unknownPath, 404);
        assertThat(unknownPath.json().path("title").asText()).isEqualTo("Ikke fundet");
        assertThat(unknownPath.json().path("detail").asText()).isEqualTo("Der findes intet på denne adresse.");

        Answer wrongMethod = http.get("admin", password, "/api/test-only/explode");
        assertProblem(wrongMethod, 405);
        assertThat(wrongMethod.json().path("detail").asText()).isEqualTo("Metoden GET kan ikke bruges her; tilladt: POST.");
    }

    private String createProbe() {
        Answer created = post("/api/test-only/probes", "{\"label\":\"p\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private Answer post(String path, String json) {
        return http.post("admin", password, path, json);
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.json().path("title").asText()).isNotBlank();
    }

    /**
     * A database that does not answer (a restart under load, issue 13's probe: 4 of 570 requests answered 500) is
     * 503 with Retry-After and the correlation id, in Danish, never 500: the client may try again.
     */
    @Test
    void aDatabaseThatDoesNotAnswerIs503WithRetryAfterAndTheCorrelationId() {
        Answer answer = post("/api/test-only/database-away", "{}");
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.headers().getFirst("Retry-After")).isEqualTo("5");
        assertThat(answer.json().path("detail").asText()).startsWith("Databasen svarede ikke");
        assertThat(answer.json().path("correlationId").asText()).isNotBlank();
    }
}
