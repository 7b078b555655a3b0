package dk.protokol.infra.eventstore;

import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
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
        GapProbeProjection projection;

        /** Runs the scenario and answers the labels of A and B. */
        String[] appendALongOpenAndBCommittingFirst() throws Exception {
            String a = "A-" + UUID.randomUUID();
            String b = "B-" + UUID.randomUUID();
            TransactionTemplate tx = new TransactionTemplate(transactionManager);
            CompletableFuture<Void> aAppended = new CompletableFuture<>();
            CompletableFuture<Void> releaseA = new CompletableFuture<>();

            CompletableFuture<Void> appendA = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
                eventStore.publish(probe(a));
                aAppended.complete(null);
                releaseA.join();
            }));
            aAppended.get(10, TimeUnit.SECONDS);

            // B's event is created now, so by the time B commits it is older than the gap timeout.
            GenericDomainEventMessage<GapProbe> eventB = probe(b);
            CompletableFuture<Void> appendB = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
                eventStore.publish(eventB);
                pause(Duration.ofMillis(GAP_TIMEOUT_MS + 500));
            }));

            pause(Duration.ofMillis(3 * GAP_TIMEOUT_MS));
            releaseA.complete(null);
            appendA.get(20, TimeUnit.SECONDS);
            appendB.get(20, TimeUnit.SECONDS);
            return new String[]{a, b};
        }

        private static GenericDomainEventMessage<GapProbe> probe(String label) {
            return new GenericDomainEventMessage<>("Probe", label, 0, new GapProbe(label));
        }

        static void pause(Duration duration) {
            await().pollDelay(duration).atMost(duration.plusSeconds(5)).until(() -> true);
        }
    }

    @Nested
    @SpringBootTest(classes = {ProtokolApplication.class, ProbeConfiguration.class},
            properties = {"protokol.eventstore.gap-timeout-ms=" + GAP_TIMEOUT_MS})
    @ContextConfiguration(initializers = PostgresTestDatabase.class)
    class WithCommitOrderLock extends Scenario {

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

        @Test
        void projectionSkipsTheLateEventWhichIsWhyTheLockExists() throws Exception {
            String[] ab = appendALongOpenAndBCommittingFirst();

            await().atMost(Duration.ofSeconds(20)).until(() -> projection.received.contains(ab[1]));
            pause(Duration.ofMillis(3 * GAP_TIMEOUT_MS));
            assertThat(projection.received).contains(ab[1]).doesNotContain(ab[0]);
        }
    }
}
