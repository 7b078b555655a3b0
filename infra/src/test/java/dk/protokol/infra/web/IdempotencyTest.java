package dk.protokol.infra.web;

import dk.protokol.infra.security.DemoAccounts;
import dk.protokol.infra.web.Http.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Conventions": the same Idempotency-Key with the same body returns the first answer, records nothing. */
@ApiTest
class IdempotencyTest {

    @LocalServerPort
    int port;
    @Value("${protokol.demo-password:demo}")
    String password;
    @Autowired
    DemoAccounts demoAccounts;
    @Autowired
    ApiTestConfiguration.Calls calls;
    @Autowired
    ApiTestConfiguration.Gate gate;
    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        TestUsers.ensure(demoAccounts);
    }

    @Test
    void aRepeatedRequestGetsTheFirstAnswerAndRunsOnce() {
        String key = UUID.randomUUID().toString();
        int before = calls.probesCreated.get();

        Answer first = createProbe("admin", key, "{\"label\":\"en\"}");
        Answer second = createProbe("admin", key, "{\"label\":\"en\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.contentType()).isEqualTo(first.contentType()).isEqualTo("application/json");
        assertThat(second.headers().getFirst(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(first.headers().getFirst(IdempotencyFilter.REPLAYED_HEADER)).isNull();
        assertThat(calls.probesCreated.get()).isEqualTo(before + 1);
        String probe = first.json().path("id").asText();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, probe)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        assertThat(createProbe("admin", key, "{\"label\":\"en\"}").status()).isEqualTo(201);
        int before = calls.probesCreated.get();

        Answer reused = createProbe("admin", key, "{\"label\":\"to\"}");

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.contentType()).isEqualTo("application/problem+json");
        assertThat(reused.json().path("rule").asText()).isEqualTo("IdempotencyKeyReused");
        assertThat(calls.probesCreated.get()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheirUser() {
        String key = UUID.randomUUID().toString();

        Answer admins = createProbe("admin", key, "{\"label\":\"en\"}");
        Answer secretarys = createProbe("sekretaer", key, "{\"label\":\"en\"}");

        assertThat(secretarys.status()).isEqualTo(201);
        assertThat(secretarys.json().path("id").asText()).isNotEqualTo(admins.json().path("id").asText());
    }

    @Test
    void anErrorAnswerIsNotKeptSoTheClientMayRetry() {
        String key = UUID.randomUUID().toString();

        Answer failed = http.post("admin", password, "/api/test-only/probes", "{\"label\":\"\"}",
                headers -> headers.set(IdempotencyFilter.HEADER, key));

        assertThat(failed.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM idempotency_key WHERE request_key = ?",
                Integer.class, key)).isZero();
        assertThat(http.post("admin", password, "/api/test-only/probes", "{\"label\":\"\"}",
                headers -> headers.set(IdempotencyFilter.HEADER, key)).status()).isEqualTo(400);
    }

    @Test
    void aDuplicateWhileTheFirstIsStillRunningIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() ->
                http.post("admin", password, "/api/test-only/slow", "{}",
                        headers -> headers.set(IdempotencyFilter.HEADER, key)));
        assertThat(gate.entered.await(10, TimeUnit.SECONDS)).isTrue();

        Answer duplicate = http.post("admin", password, "/api/test-only/slow", "{}",
                headers -> headers.set(IdempotencyFilter.HEADER, key));
        gate.release.complete(null);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("rule").asText()).isEqualTo("IdempotencyKeyInFlight");
        assertThat(first.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        Answer afterwards = http.post("admin", password, "/api/test-only/slow", "{}",
                headers -> headers.set(IdempotencyFilter.HEADER, key));
        assertThat(afterwards.status()).isEqualTo(200);
        assertThat(afterwards.headers().getFirst(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void anUnusableKeyIsAnswered400() {
        Answer answer = createProbe("admin", "x".repeat(300), "{\"label\":\"en\"}");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asText()).isEqualTo(IdempotencyFilter.HEADER);
    }

    /**
     * Issue 13: the command and its kept answer commit together. When the answer cannot be kept (here the database
     * refuses it; in the field, a crash between the event's commit and the key's), nothing is recorded, the key is
     * free, and the client's retry with the same key records the command exactly once.
     */
    @Test
    void whenTheAnswerCannotBeKeptNothingIsRecordedAndTheRetryRecordsItOnce() {
        String key = UUID.randomUUID().toString();
        String label = "kun-en-gang-" + key;
        String body = "{\"label\":\"" + label + "\"}";
        jdbc.execute("ALTER TABLE idempotency_key ADD CONSTRAINT no_answer_kept_in_test CHECK (status IS NULL) NOT VALID");
        Answer lost;
        try {
            lost = createProbe("admin", key, body);
        } finally {
            jdbc.execute("ALTER TABLE idempotency_key DROP CONSTRAINT no_answer_kept_in_test");
        }
        assertThat(lost.status()).isEqualTo(503);
        assertThat(lost.contentType()).isEqualTo("application/problem+json");
        assertThat(eventsLabelled(label)).as("nothing recorded without its kept answer").isZero();

        Answer retried = createProbe("admin", key, body);
        Answer replayed = createProbe("admin", key, body);

        assertThat(retried.status()).isEqualTo(201);
        assertThat(replayed.body()).isEqualTo(retried.body());
        assertThat(eventsLabelled(label)).isEqualTo(1);
    }

    private long eventsLabelled(String label) {
        return jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE payload_type LIKE ?", byte[].class,
                        "%ProbeCreated%").stream()
                .filter(payload -> new String(payload, java.nio.charset.StandardCharsets.UTF_8).contains(label))
                .count();
    }

    private Answer createProbe(String user, String key, String json) {
        return http.post(user, password, "/api/test-only/probes", json,
                headers -> headers.set(IdempotencyFilter.HEADER, key));
    }
}
