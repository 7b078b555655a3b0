package dk.protokol.infra.eventstore;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.operations.DeadLettersEvicted;
import dk.protokol.events.operations.DeadLettersRetried;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.deadletters.DeadLetterHealth;
import dk.protokol.infra.support.StoreScript;
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
import org.springframework.boot.actuate.health.Health;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

    record Row(String label) {
    }

    /** A projection whose poison fails in the database, as PostgreSQL refuses a value: a label too long. */
    @ProcessingGroup("database-poison-probe")
    static class DatabaseSensitiveProjection {
        private final JdbcTemplate jdbc;

        DatabaseSensitiveProjection(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(Row row) {
            jdbc.update("INSERT INTO probe_row (label) VALUES (?)", row.label());
        }
    }

    @TestConfiguration
    static class PoisonConfiguration {
        @Bean
        PoisonSensitiveProjection poisonSensitiveProjection() {
            return new PoisonSensitiveProjection();
        }

        @Bean
        DatabaseSensitiveProjection databaseSensitiveProjection(JdbcTemplate jdbc) {
            jdbc.execute("CREATE TABLE IF NOT EXISTS probe_row (label VARCHAR(12) NOT NULL PRIMARY KEY)");
            return new DatabaseSensitiveProjection(jdbc);
        }
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    PoisonSensitiveProjection projection;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    WebApplicationContext web;
    @Autowired
    DeadLetterHealth health;

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

    /**
     * A poison that fails inside the database transaction (issue 13): PostgreSQL refuses the value and aborts the
     * batch's transaction. Its event is parked all the same (the handler ran in a savepoint), the rows of the other
     * events of the same batch are kept, and the segment goes on instead of retrying the batch for ever.
     */
    @Test
    void aPoisonTheDatabaseRefusesIsParkedAndTheRestOfItsBatchIsKept() {
        eventStore.publish(new GenericDomainEventMessage<>("Row", "before", 0, new Row("before-0")),
                new GenericDomainEventMessage<>("Row", "long", 0, new Row("far-too-long-for-its-column-".repeat(5))),
                new GenericDomainEventMessage<>("Row", "long", 1, new Row("long-1")),
                new GenericDomainEventMessage<>("Row", "after", 0, new Row("after-0")));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(jdbc.queryForList("SELECT label FROM probe_row WHERE label IN (?, ?, ?) ORDER BY label",
                    String.class, "before-0", "long-1", "after-0")).containsExactly("after-0", "before-0");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ? "
                    + "AND sequence_identifier = ?", Long.class, "database-poison-probe", "long")).isEqualTo(2);
        });
    }

    /**
     * The case that stopped the decision register (issue 13): a decision text with a NUL character, which PostgreSQL
     * refuses in a text column. That meeting's sequence is parked in the decisions group; a later decision of another
     * meeting reaches the register.
     */
    @Test
    void aDecisionWithANulCharacterParksItsMeetingAndTheRegisterGoesOn() {
        StoreScript store = new StoreScript(context, java.time.Instant.parse("2024-05-01T08:00:00Z"));
        BodyId body = BodyId.random();
        MeetingId sick = MeetingId.random();
        MeetingId healthy = MeetingId.random();
        AgendaItemId sickItem = AgendaItemId.random();
        AgendaItemId healthyItem = AgendaItemId.random();
        store.append(new MeetingScheduled(sick, body, LocalDateTime.of(2024, 5, 7, 10, 0),
                LocalDateTime.of(2024, 5, 7, 12, 0), "Rådhuset"));
        store.append(new AgendaItemAdded(sick, sickItem, "Sag", AgendaItemKind.DECISION, null, null, false));
        store.append(new DecisionRecorded(sick, sickItem, DecisionId.random(), "Vedtaget\u0000 med et nul-tegn",
                DecisionOutcome.ADOPTED, null, null, null, null, false));
        store.append(new MeetingScheduled(healthy, body, LocalDateTime.of(2024, 5, 8, 10, 0),
                LocalDateTime.of(2024, 5, 8, 12, 0), "Rådhuset"));
        store.append(new AgendaItemAdded(healthy, healthyItem, "Sag", AgendaItemKind.DECISION, null, null, false));
        DecisionId later = DecisionId.random();
        store.append(new DecisionRecorded(healthy, healthyItem, later, "Vedtaget uden nul-tegn",
                DecisionOutcome.ADOPTED, null, null, null, null, false));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM decision_register WHERE decision_id = ?",
                    Long.class, later.toString())).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ? "
                    + "AND sequence_identifier = ?", Long.class, "decisions", sick.toString())).isPositive();
        });
    }

    /**
     * The queue is visible and drains once the cause is fixed (issue 13): health says DEGRADED and names the group,
     * the administrator's API lists the parked sequence with its cause; after the column is widened, a retry takes the
     * sequence in order, and the group leaves the queue and the health details.
     */
    @Test
    void theParkedSequenceIsShownAndARetryAfterTheFixDrainsItInOrder() throws Exception {
        eventStore.publish(new GenericDomainEventMessage<>("Row", "wide", 0, new Row("label-too-wide-for-twelve")),
                new GenericDomainEventMessage<>("Row", "wide", 1, new Row("wide-1")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?",
                Long.class, "database-poison-probe", "wide")).isEqualTo(2));

        Health degraded = health.health();
        assertThat(degraded.getStatus()).isEqualTo(DeadLetterHealth.DEGRADED);
        assertThat(degraded.getDetails()).containsKey("database-poison-probe");
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
        String listed = mvc.perform(get("/api/admin/dead-letters").with(user("admin").roles("USER", "ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(listed).contains("\"sequence\":\"wide\"", "\"letters\":2", "value too long");
        mvc.perform(get("/api/admin/dead-letters").with(user("medlem").roles("USER"))).andExpect(status().isForbidden());

        jdbc.execute("ALTER TABLE probe_row ALTER COLUMN label TYPE VARCHAR(64)");
        jdbc.update("DELETE FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier <> ?",
                "database-poison-probe", "wide"); // the other test's parked sequence is its own business
        // the long sequence of the other test stays parked until its own fix; this one drains
        mvc.perform(post("/api/admin/dead-letters/database-poison-probe/retry").with(csrf())
                        .with(user("admin").roles("USER", "ADMIN")))
                .andExpect(status().isOk());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ? AND "
                + "sequence_identifier = ?", Long.class, "database-poison-probe", "wide")).isZero();
        // the retry that drained the sequence is recorded, with who
        assertThat(new String(jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE payload_type = ?"
                        + " ORDER BY global_index DESC FETCH FIRST 1 ROWS ONLY", byte[].class,
                DeadLettersRetried.class.getName()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"processingGroup\":\"database-poison-probe\"", "\"retriedBy\":\"admin\"");
        assertThat(jdbc.queryForList("SELECT label FROM probe_row WHERE label IN (?, ?)", String.class,
                "label-too-wide-for-twelve", "wide-1")).containsExactlyInAnyOrder("label-too-wide-for-twelve", "wide-1");
    }

    /**
     * An operator gives up on a parked sequence (issue 12): the eviction needs a reason, takes the sequence's events
     * out of the queue (they stay in the store), and is recorded as an event with who and why; a retry is recorded too.
     */
    @Test
    void anEvictionNeedsAReasonEmptiesTheSequenceAndIsRecordedWithWho() throws Exception {
        eventStore.publish(new GenericDomainEventMessage<>("Probe", "given-up", 0, new Probe("given-up-0", true)),
                new GenericDomainEventMessage<>("Probe", "given-up", 1, new Probe("given-up-1", false)));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ? AND sequence_identifier = ?",
                Long.class, "poison-probe", "given-up")).isEqualTo(2));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        String refused = mvc.perform(post("/api/admin/dead-letters/poison-probe/evict").with(csrf())
                        .with(user("driftschef").roles("USER", "ADMIN"))
                        .contentType("application/json").content("{\"sequence\":\"given-up\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Skriv, hvorfor de parkerede hændelser opgives.");
        mvc.perform(post("/api/admin/dead-letters/poison-probe/evict").with(csrf())
                        .with(user("medlem").roles("USER"))
                        .contentType("application/json").content("{\"sequence\":\"given-up\",\"reason\":\"x\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE sequence_identifier = ?",
                Long.class, "given-up")).as("nothing changed by refusals").isEqualTo(2);

        String evicted = mvc.perform(post("/api/admin/dead-letters/poison-probe/evict").with(csrf())
                        .with(user("driftschef").roles("USER", "ADMIN"))
                        .contentType("application/json")
                        .content("{\"sequence\":\"given-up\",\"reason\":\"Prøvehændelse uden betydning\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(evicted).contains("\"letters\":2");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE sequence_identifier = ?",
                Long.class, "given-up")).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, "given-up")).as("the events stay in the store").isEqualTo(2);
        String recorded = new String(jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE payload_type = ?"
                + " ORDER BY global_index DESC FETCH FIRST 1 ROWS ONLY", byte[].class,
                DeadLettersEvicted.class.getName()), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(recorded).contains("\"sequence\":\"given-up\"", "\"letters\":2", "\"evictedBy\":\"driftschef\"",
                "Prøvehændelse uden betydning");
        assertThat(new String(jdbc.queryForObject("SELECT meta_data FROM domain_event_entry WHERE payload_type = ?"
                        + " ORDER BY global_index DESC FETCH FIRST 1 ROWS ONLY", byte[].class,
                DeadLettersEvicted.class.getName()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("driftschef");

        mvc.perform(post("/api/admin/dead-letters/poison-probe/evict").with(csrf())
                        .with(user("driftschef").roles("USER", "ADMIN")).contentType("application/json")
                        .content("{\"sequence\":\"given-up\",\"reason\":\"igen\"}"))
                .andExpect(status().isNotFound());
        // a retry that takes nothing (what is left of the group still fails, or nothing is parked) records nothing
        long retriedBefore = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = ?",
                Long.class, DeadLettersRetried.class.getName());
        mvc.perform(post("/api/admin/dead-letters/poison-probe/retry").with(csrf())
                        .with(user("driftschef").roles("USER", "ADMIN")))
                .andExpect(status().isOk());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE payload_type = ?", Long.class,
                DeadLettersRetried.class.getName())).isEqualTo(retriedBefore);
    }
}
