package dk.protokol.infra.eventstore;

import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * No committed event may be skipped by a projection (DESIGN.md "The event store", AxonFramework #4829).
 * <p>
 * The scenario: append A draws global index n and its transaction stays open for longer than the gap
 * timeout. Append B, created at the same moment, draws n+1 and commits while A is still open, after
 * its own event is older than the gap timeout. A projection reading B then gives up on the gap at n, and
 * when A finally commits its event is never delivered. With the commit-order lock B cannot draw its index
 * before A has committed, so the projection receives both. The second test runs the same scenario with
 * the lock switched off and shows the loss, so the first test can fail.
 */
class GapSafeAppendTest {

    static final int GAP_TIMEOUT_MS = 1000;

    record GapProbe(String label) {
    }

    @ProcessingGroup("gap-probe")
    static class GapProbeProjection {
        final Set<String> received = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(GapProbe probe) {
            received.add(probe.label());
        }
    }

    @TestConfiguration
    static class ProbeConfiguration {
        @Bean
        GapProbeProjection gapProbeProjection() {
            return new GapProbeProjection();
        }
    }

    abstract static class Scenario {
        @Autowired
        EventStore eventStore;
        @Autowired
        PlatformTransactionManager transactionManager;
        @Autowired
        JdbcTemplate jdbc;
        @Autowired
        GapProbeProjection projection;

        /** What B has got to while A is held open; then A commits. */
        abstract void whileAIsOpen(GenericDomainEventMessage<GapProbe> eventA, String b);

        /** Runs the scenario and answers the labels of A and B. */
        String[] appendALongOpenAndBCommittingFirst() throws Exception {
            String a = "A-" + UUID.randomUUID();
            String b = "B-" + UUID.randomUUID();
            TransactionTemplate tx = new TransactionTemplate(transactionManager);
            GenericDomainEventMessage<GapProbe> eventA = probe(a, 0, a);
            CompletableFuture<Void> aAppended = new CompletableFuture<>();
            CompletableFuture<Void> releaseA = new CompletableFuture<>();

            CompletableFuture<Void> appendA = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
                eventStore.publish(eventA);
                aAppended.complete(null);
                releaseA.join();
            }));
            aAppended.get(10, TimeUnit.SECONDS);

            // B's event is created now and B commits only when it is older than the gap timeout: a reader of B
            // then gives up on any gap before it
            GenericDomainEventMessage<GapProbe> eventB = probe(b, 0, b);
            CompletableFuture<Void> appendB = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
                eventStore.publish(eventB);
                await().atMost(Duration.ofMillis(GAP_TIMEOUT_MS).plusSeconds(5))
                        .until(() -> olderThanTheGapTimeout(eventB));
            }));

            whileAIsOpen(eventA, b);
            releaseA.complete(null);
            appendA.get(20, TimeUnit.SECONDS);
            appendB.get(20, TimeUnit.SECONDS);
            return new String[]{a, b};
        }

        /** Appends and commits an event of the aggregate A was appended to, so it is handled after A. */
        String appendAfter(String a) {
            String label = "C-" + UUID.randomUUID();
            new TransactionTemplate(transactionManager)
                    .executeWithoutResult(status -> eventStore.publish(probe(a, 1, label)));
            return label;
        }

        /** Appends waiting to draw their global index behind the commit-order lock, in this test's database. */
        int appendsWaitingForTheCommitOrderLock() {
            return jdbc.queryForObject("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                    + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())", Integer.class);
        }

        static boolean olderThanTheGapTimeout(GenericDomainEventMessage<GapProbe> event) {
            // event times come from Axon's clock; the margin keeps the processor's own reading of it on the far side
            return GenericEventMessage.clock.instant()
                    .isAfter(event.getTimestamp().plusMillis(GAP_TIMEOUT_MS + 500));
        }

        private static GenericDomainEventMessage<GapProbe> probe(String aggregateId, long sequence, String label) {
            return new GenericDomainEventMessage<>("Probe", aggregateId, sequence, new GapProbe(label));
        }
    }

    @Nested
    @SpringBootTest(classes = {ProtokolApplication.class, ProbeConfiguration.class},
            properties = {"protokol.eventstore.gap-timeout-ms=" + GAP_TIMEOUT_MS})
    @ContextConfiguration(initializers = PostgresTestDatabase.class)
    class WithCommitOrderLock extends Scenario {

        @Override
        void whileAIsOpen(GenericDomainEventMessage<GapProbe> eventA, String b) {
            // B cannot draw its index while A is open, however long A stays open
            await().atMost(Duration.ofMillis(GAP_TIMEOUT_MS).plusSeconds(10))
                    .until(() -> appendsWaitingForTheCommitOrderLock() > 0 && olderThanTheGapTimeout(eventA));
        }

        @Test
        void projectionReceivesAnEventWhoseTransactionOutlivesTheGapTimeout() throws Exception {
            String[] ab = appendALongOpenAndBCommittingFirst();

            await().atMost(Duration.ofSeconds(20))
                    .untilAsserted(() -> assertThat(projection.received).contains(ab[0], ab[1]));
        }
    }

    @Nested
    @SpringBootTest(classes = {ProtokolApplication.class, ProbeConfiguration.class},
            properties = {"protokol.eventstore.gap-timeout-ms=" + GAP_TIMEOUT_MS,
                    "protokol.eventstore.commit-order-lock=false"})
    @ContextConfiguration(initializers = PostgresTestDatabase.class)
    class WithoutCommitOrderLock extends Scenario {

        @Override
        void whileAIsOpen(GenericDomainEventMessage<GapProbe> eventA, String b) {
            await().atMost(Duration.ofSeconds(20)).until(() -> projection.received.contains(b));
        }

        @Test
        void projectionSkipsTheLateEventWhichIsWhyTheLockExists() throws Exception {
            String[] ab = appendALongOpenAndBCommittingFirst();

            // A has committed; the next event of A's aggregate is handled after A, were A ever to come
            String c = appendAfter(ab[0]);
            await().atMost(Duration.ofSeconds(20)).until(() -> projection.received.contains(c));
            assertThat(projection.received).contains(ab[1], c).doesNotContain(ab[0]);
        }
    }
}
