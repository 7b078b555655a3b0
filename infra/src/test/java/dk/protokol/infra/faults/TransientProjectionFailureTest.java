package dk.protokol.infra.faults;

import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A deadlock in a projection is no poison (issue 13): FaultsOnPostgresTest's two nodes saw PostgreSQL abort one of two
 * segments' transactions ("deadlock detected") in the actions view, and the event was parked, holding up every later
 * event of its meeting. Here a handler fails once as PostgreSQL's deadlock does and then succeeds: the event is
 * projected and nothing is parked. Before: parked, with the 41 later ones of its sequence behind it.
 */
@SpringBootTest(classes = {ProtokolApplication.class, TransientProjectionFailureTest.ProbeConfiguration.class})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class TransientProjectionFailureTest {

    static final String GROUP = "deadlock-probe";

    record Contended(String label) {
    }

    @ProcessingGroup(GROUP)
    static class ContendedProjection {
        final Set<String> handled = ConcurrentHashMap.newKeySet();
        final AtomicInteger deadlocks = new AtomicInteger();

        @EventHandler
        void on(Contended event) {
            if (event.label().startsWith("once") && deadlocks.getAndIncrement() == 0) {
                throw new PessimisticLockingFailureException("UPDATE view_row ...; ERROR: deadlock detected",
                        new SQLException("ERROR: deadlock detected", "40P01"));
            }
            handled.add(event.label());
        }
    }

    @TestConfiguration
    static class ProbeConfiguration {
        @Bean
        ContendedProjection contendedProjection() {
            return new ContendedProjection();
        }
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    ContendedProjection projection;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDeadlockedEventIsTriedAgainWithItsBatchAndNotParked() {
        eventStore.publish(new GenericDomainEventMessage<>("Contended", "m", 0, new Contended("before")),
                new GenericDomainEventMessage<>("Contended", "m", 1, new Contended("once-deadlocked")),
                new GenericDomainEventMessage<>("Contended", "m", 2, new Contended("after")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(projection.handled)
                .containsExactlyInAnyOrder("before", "once-deadlocked", "after"));
        assertThat(projection.deadlocks.get()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ?",
                Long.class, GROUP)).isZero();
    }
}
