package dk.protokol.infra.eventstore;

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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One poison event stops one sequence (its aggregate), not the system: it is parked in the dead-letter
 * queue, later events of the same aggregate wait behind it, and every other aggregate's events go on.
 */
@SpringBootTest(classes = {ProtokolApplication.class, DeadLetterTest.PoisonConfiguration.class})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class DeadLetterTest {

    record Probe(String label, boolean poison) {
    }

    @ProcessingGroup("poison-probe")
    static class PoisonSensitiveProjection {
        final Set<String> handled = ConcurrentHashMap.newKeySet();

        @EventHandler
        void on(Probe probe) {
            if (probe.poison()) {
                throw new IllegalStateException("cannot project " + probe.label());
            }
            handled.add(probe.label());
        }
    }

    @TestConfiguration
    static class PoisonConfiguration {
        @Bean
        PoisonSensitiveProjection poisonSensitiveProjection() {
            return new PoisonSensitiveProjection();
        }
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    PoisonSensitiveProjection projection;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPoisonEventIsParkedAndOnlyItsOwnSequenceWaits() {
        eventStore.publish(new GenericDomainEventMessage<>("Probe", "sick", 0, new Probe("sick-0", true)));
        eventStore.publish(new GenericDomainEventMessage<>("Probe", "sick", 1, new Probe("sick-1", false)));
        eventStore.publish(new GenericDomainEventMessage<>("Probe", "healthy", 0, new Probe("healthy-0", false)));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(projection.handled).contains("healthy-0");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ? "
                    + "AND sequence_identifier = ?", Long.class, "poison-probe", "sick")).isEqualTo(2);
        });
        assertThat(projection.handled).doesNotContain("sick-0", "sick-1");
    }
}
