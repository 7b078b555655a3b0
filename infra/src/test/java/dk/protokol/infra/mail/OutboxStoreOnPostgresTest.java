package dk.protokol.infra.mail;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox table itself (V22), on PostgreSQL and on the embedded H2 ({@link OutboxStoreOnH2Test}): a mail is queued
 * once per source, person and kind; a person without an address is marked so and never claimed; a row one
 * transaction holds is skipped by another (the claim: only one node sends it); a failed attempt waits for its time;
 * an erasure deletes the queued rows and blanks the sent ones.
 */
@SpringBootTest(classes = ProtokolApplication.class)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class OutboxStoreOnPostgresTest {

    private static final Instant NOW = Instant.parse("2027-02-01T08:00:00Z");

    @Autowired
    OutboxStore outbox;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM mail_outbox");
    }

    private static OutboxStore.NewMail mail(String source, PersonId person, String address) {
        return new OutboxStore.NewMail(source, MailKind.ACTION_DUE, new Recipient(person, address, "da"), null,
                ActionId.random(), List.of(BodyId.random(), BodyId.random()),
                new MailText("Handling forfalder", "Tekst", "<p>Tekst</p>"), null, null);
    }

    @Test
    void aMailIsQueuedOncePerSourcePersonAndKindWithAMessageIdOfItsOwn() {
        PersonId person = PersonId.random();
        assertThat(outbox.queue(mail("a/2027-02-02", person, "anne@eksempel.dk"), NOW)).isTrue();
        assertThat(outbox.queue(mail("a/2027-02-02", person, "anne@eksempel.dk"), NOW)).isFalse();
        assertThat(outbox.queue(mail("a/2027-02-03", person, "anne@eksempel.dk"), NOW)).isTrue();
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT id, message_id, state FROM mail_outbox ORDER BY id");
        assertThat(rows).hasSize(2);
        for (Map<String, Object> row : rows) {
            assertThat(row.get("message_id")).isEqualTo("<outbox-" + row.get("id") + "@protokol>");
            assertThat(row.get("state")).isEqualTo("QUEUED");
        }
    }

    @Test
    void aPersonWithoutAnAddressIsMarkedAndNeverClaimed() {
        outbox.queue(mail("b/2027-02-02", PersonId.random(), null), NOW);
        assertThat(jdbc.queryForMap("SELECT state, last_error FROM mail_outbox"))
                .containsEntry("state", "FAILED").containsEntry("last_error", OutboxStore.NO_ADDRESS);
        assertThat(claim(NOW)).isEmpty();
    }

    @Test
    void aRowHeldByOneSenderIsSkippedByAnother() throws Exception {
        outbox.queue(mail("c/1", PersonId.random(), "anne@eksempel.dk"), NOW);
        outbox.queue(mail("c/2", PersonId.random(), "bent@eksempel.dk"), NOW);
        CountDownLatch claimed = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Long> first = CompletableFuture.supplyAsync(() -> new TransactionTemplate(transactions)
                .execute(status -> {
                    long id = outbox.claimNext(NOW).orElseThrow().id();
                    claimed.countDown();
                    try {
                        assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    outbox.markSent(id, NOW);
                    return id;
                }));
        assertThat(claimed.await(30, TimeUnit.SECONDS)).isTrue();
        Optional<OutboxStore.Row> second = claim(NOW);
        release.countDown();
        long firstId = first.get(30, TimeUnit.SECONDS);
        assertThat(second).isPresent();
        assertThat(second.get().id()).isNotEqualTo(firstId);
    }

    @Test
    void aFailedAttemptWaitsForItsTimeAndTheLastGivesUp() {
        outbox.queue(mail("d/1", PersonId.random(), "anne@eksempel.dk"), NOW);
        long id = claim(NOW).orElseThrow().id();
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                outbox.markAttemptFailed(id, "Connection refused", NOW.plus(Duration.ofMinutes(2)), false));
        assertThat(claim(NOW.plus(Duration.ofMinutes(1)))).isEmpty();
        assertThat(claim(NOW.plus(Duration.ofMinutes(2)))).map(OutboxStore.Row::attempts).contains(1);
        new TransactionTemplate(transactions).executeWithoutResult(status ->
                outbox.markAttemptFailed(id, "Connection refused", NOW.plus(Duration.ofMinutes(4)), true));
        assertThat(claim(NOW.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(jdbc.queryForMap("SELECT state, attempts FROM mail_outbox WHERE id = ?", id))
                .containsEntry("state", "FAILED").containsEntry("attempts", 2);
    }

    @Test
    void anErasureDeletesTheQueuedRowsAndBlanksTheSentOnes() {
        PersonId erased = PersonId.random();
        PersonId kept = PersonId.random();
        outbox.queue(mail("e/1", erased, "anne@eksempel.dk"), NOW);
        long sent = claim(NOW).orElseThrow().id();
        jdbc.update("UPDATE mail_outbox SET state = 'SENT' WHERE id = ?", sent);
        outbox.queue(mail("e/2", erased, "anne@eksempel.dk"), NOW);
        outbox.queue(mail("e/3", kept, "bent@eksempel.dk"), NOW);

        outbox.redact(erased, NOW);

        assertThat(jdbc.queryForList("SELECT id FROM mail_outbox WHERE person_id = ?", Long.class, erased.value()))
                .containsExactly(sent);
        assertThat(jdbc.queryForMap("SELECT address, text_body, html_body, redacted_at, subject FROM mail_outbox"
                + " WHERE id = ?", sent)).containsEntry("address", null).containsEntry("text_body", null)
                .containsEntry("html_body", null).containsEntry("subject", "Handling forfalder")
                .extractingByKey("redacted_at").isNotNull();
        assertThat(jdbc.queryForObject("SELECT address FROM mail_outbox WHERE person_id = ?", String.class,
                kept.value())).isEqualTo("bent@eksempel.dk");
    }

    private Optional<OutboxStore.Row> claim(Instant at) {
        return new TransactionTemplate(transactions).execute(status -> outbox.claimNext(at));
    }
}
