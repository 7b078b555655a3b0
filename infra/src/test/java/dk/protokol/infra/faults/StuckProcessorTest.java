package dk.protokol.infra.faults;

import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.deadletters.DeadLetterHealth;
import dk.protokol.infra.support.PostgresTestDatabase;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A processor that retries without parking is seen (issue 13): when parking the poison fails too (here a trigger
 * refuses the dead letter of one group, as an aborted transaction did in the issue), the segment retries its batch for
 * ever and nothing reaches the dead-letter queue. Health says DEGRADED and names the group under {@code stuck}, and
 * the group's lag gauge shows how far it is behind; once parking works again, the event is parked, the group is no
 * longer stuck, and the parked gauge counts it. Before: health said UP, and there were no gauges.
 */
@SpringBootTest(classes = {ProtokolApplication.class, StuckProcessorTest.ProbeConfiguration.class},
        properties = "protokol.processing.stuck-after=PT10S")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class StuckProcessorTest {

    static final String GROUP = "stuck-probe";

    record StuckRow(String label) {
    }

    @ProcessingGroup(GROUP)
    static class NarrowProjection {
        private final JdbcTemplate jdbc;

        NarrowProjection(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(StuckRow row) {
            jdbc.update("INSERT INTO stuck_probe_row (label) VALUES (?)", row.label());
        }
    }

    @TestConfiguration
    static class ProbeConfiguration {
        @Bean
        NarrowProjection narrowProjection(JdbcTemplate jdbc) {
            jdbc.execute("CREATE TABLE IF NOT EXISTS stuck_probe_row (label VARCHAR(8) NOT NULL PRIMARY KEY)");
            return new NarrowProjection(jdbc);
        }
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeadLetterHealth health;
    @Autowired
    MeterRegistry meters;

    @Test
    void aGroupThatRetriesWithoutParkingIsStuckInHealthAndItsLagIsMeasured() {
        jdbc.execute("CREATE OR REPLACE FUNCTION refuse_stuck_probe() RETURNS trigger LANGUAGE plpgsql AS "
                + "$$ BEGIN RAISE EXCEPTION 'parking refused for the test'; END $$");
        jdbc.execute("CREATE TRIGGER refuse_stuck_probe BEFORE INSERT ON dead_letter_entry FOR EACH ROW "
                + "WHEN (NEW.processing_group = '" + GROUP + "') EXECUTE FUNCTION refuse_stuck_probe()");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(gauge("protokol.processing.lag")).isZero();
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        });

        eventStore.publish(new GenericDomainEventMessage<>("StuckRow", "fine", 0, new StuckRow("fine")),
                new GenericDomainEventMessage<>("StuckRow", "wide", 0, new StuckRow("far too wide for eight")),
                new GenericDomainEventMessage<>("StuckRow", "after", 0, new StuckRow("after")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Health stuck = health.health();
            assertThat(stuck.getStatus()).isEqualTo(DeadLetterHealth.DEGRADED);
            assertThat(stuck.getDetails()).containsKey("stuck");
            assertThat(((Map<?, ?>) stuck.getDetails().get("stuck")).containsKey(GROUP)).as(stuck.toString()).isTrue();
        });
        assertThat(gauge("protokol.processing.lag")).isPositive();
        assertThat(gauge("protokol.deadletters.parked")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry", Long.class)).isZero();

        jdbc.execute("DROP TRIGGER refuse_stuck_probe ON dead_letter_entry");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Health parked = health.health();
            assertThat(parked.getStatus()).isEqualTo(DeadLetterHealth.DEGRADED);
            assertThat(parked.getDetails()).containsKey(GROUP).doesNotContainKey("stuck");
            assertThat(gauge("protokol.deadletters.parked")).isEqualTo(1);
            assertThat(gauge("protokol.processing.lag")).isZero();
        });
        assertThat(jdbc.queryForList("SELECT label FROM stuck_probe_row ORDER BY label", String.class))
                .containsExactly("after", "fine");
    }

    private double gauge(String name) {
        Gauge gauge = meters.find(name).tag("group", GROUP).gauge();
        assertThat(gauge).as(name + " of " + GROUP).isNotNull();
        return gauge.value();
    }
}
