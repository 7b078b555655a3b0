package dk.protokol.infra.audit;

import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.query.audit.AuditTrail;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ContextConfiguration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An installation from before the chain: a store migrated to V12 holding plaintext person events of revision 1.
 * Starting the application runs V14 (personal data sealed, the one rewrite of stored events) and then V17, which
 * chains every stored event: the chain covers the sealed bytes from its first event, verifies, and new appends build
 * on it.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = "protokol.audit.checkpoint-interval=PT0.3S")
@ContextConfiguration(initializers = AuditChainFromBeforeOnPostgresTest.StoreFromBefore.class)
class AuditChainFromBeforeOnPostgresTest {

    static final List<PersonId> PEOPLE = List.of(PersonId.of(UUID.randomUUID()), PersonId.of(UUID.randomUUID()),
            PersonId.of(UUID.randomUUID()));

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail audit;
    @Autowired
    CommandGateway commands;
    @Autowired
    CheckpointSchedule schedule;

    static class StoreFromBefore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new PostgresTestDatabase().initialize(context);
            String name = context.getEnvironment().getRequiredProperty("protokol.test.database");
            DriverManagerDataSource dataSource = new DriverManagerDataSource(PostgresTestDatabase.url(name),
                    PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                    .target("12").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            int n = 0;
            for (PersonId person : PEOPLE) {
                jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
                                + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                                + " VALUES (?, ?, 0, 'Person', ?, ?, '1', ?, ?)",
                        UUID.randomUUID().toString(), person.toString(), "2024-02-01T09:00:0" + (n++) + ".000Z",
                        PersonRegistered.class.getName(), ("{\"personId\":\"" + person + "\",\"name\":\"Gammel "
                                + "Registrering " + n + "\",\"email\":null,\"phone\":null,\"organisation\":null}")
                                .getBytes(StandardCharsets.UTF_8),
                        "{\"userId\":\"admin\"}".getBytes(StandardCharsets.UTF_8));
                jdbc.update("INSERT INTO cmd_person_lookup (person_id) VALUES (?)", person.value());
            }
        }
    }

    @Test
    void theEventsStoredBeforeTheChainAreChainedAsSealedAndNewAppendsBuildOnThem() {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain", Long.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE payload_revision = '2'"
                + " AND position(convert_to('pd1:', 'UTF8') in payload) > 0", Long.class))
                .as("the chain was made after V14 sealed the events").isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT previous_index FROM audit_chain ORDER BY global_index "
                + "FETCH FIRST 1 ROWS ONLY", Long.class)).as("the first link builds on nothing").isNull();

        AuditTrail.Verification before = audit.verify(List.of());
        assertThat(before.verified()).as(before.toString()).isTrue();
        assertThat(before.events()).isEqualTo(3);

        commands.sendAndWait(new RegisterPerson(PersonId.of(UUID.randomUUID()), "Ny Registrering", null, null, null));
        AuditTrail.Verification after = audit.verify(List.of());
        assertThat(after.verified()).as(after.toString()).isTrue();
        assertThat(after.events()).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT previous_index FROM audit_chain ORDER BY global_index DESC "
                + "FETCH FIRST 1 ROWS ONLY", Long.class)).isEqualTo(before.headPosition());

        // at the interval, a checkpoint at the head, by the system; none again until the chain grows
        await().atMost(Duration.ofSeconds(10)).until(() -> audit.checkpoints().stream()
                .anyMatch(c -> c.position() == after.headPosition() && c.reason().equals("interval")));
        assertThat(audit.checkpoints().get(0).recordedBy()).isEqualTo("system");
        assertThat(schedule.recordIfGrown()).isEmpty();
        assertThat(audit.verify(List.of()).checkpointsMatched()).isEqualTo(audit.checkpoints().size());
    }
}
