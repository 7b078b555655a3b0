package dk.protokol.infra.organisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.command.body.KnownBody;
import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.json.EventJson;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.BodyQuorumChanged;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.BodyRelationEnded;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import static dk.protokol.infra.support.ReadSide.readUpTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A store written before V12 on PostgreSQL: migrated to V10 only, with events as they were stored then (a
 * BodyRelationDeclared of revision 1, without a date) and the lookup rows the updater of then left (the quorum given
 * last, no quorum history). Starting the application migrates V11 and V12, which empties the lookups, and the start-up
 * rebuild refills them from the events read through the upcaster chain: every body's quorum by the day, the relations
 * that hold. The Body aggregate and the read side read the old declaration as one from the establishment.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = "protokol.read-your-writes.max-wait=10s")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = LookupFromBeforeOnPostgresTest.StoreFromBefore.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LookupFromBeforeOnPostgresTest {

    static final BodyId BOARD = BodyId.of(UUID.randomUUID());
    static final BodyId SECRETARIAT = BodyId.of(UUID.randomUUID());
    static final BodyId GROUP = BodyId.of(UUID.randomUUID());
    static final LocalDate START = LocalDate.of(2020, 1, 1);
    static final LocalDate ENDED = LocalDate.of(2024, 6, 1);

    @Autowired
    OrganisationLookup lookup;
    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc http;

    /** A fresh database as the application left it at V10, with a small organisation in it. */
    static class StoreFromBefore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private final ObjectMapper json = EventJson.newMapper();
        private int second;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new PostgresTestDatabase().initialize(context);
            String name = context.getEnvironment().getRequiredProperty("protokol.test.database");
            DriverManagerDataSource dataSource = new DriverManagerDataSource(PostgresTestDatabase.url(name),
                    PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                    .target("10").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            try {
                store(jdbc, BOARD, 0, "1", new BodyEstablished(BOARD, "Bestyrelsen", BodyKind.BOARD, "Før V12", null,
                        null, 4, 3, START));
                store(jdbc, BOARD, 1, "1", new BodyQuorumChanged(BOARD, 5, LocalDate.of(2024, 1, 1)));
                store(jdbc, SECRETARIAT, 0, "1", new BodyEstablished(SECRETARIAT, "Sekretariatet",
                        BodyKind.SECRETARIAT, "Før V12", null, null, null, null, START));
                storeJson(jdbc, SECRETARIAT, 1, BodyRelationDeclared.class, "1", "{\"bodyId\":\"" + SECRETARIAT
                        + "\",\"targetBodyId\":\"" + BOARD + "\",\"relation\":\"SERVES\"}");
                store(jdbc, SECRETARIAT, 2, "1", new BodyRelationEnded(SECRETARIAT, BOARD, RelationKind.SERVES,
                        ENDED));
                store(jdbc, GROUP, 0, "1", new BodyEstablished(GROUP, "Følgegruppen", BodyKind.FOLLOW_UP_GROUP,
                        "Før V12", BOARD, null, 2, null, START));
                storeJson(jdbc, GROUP, 1, BodyRelationDeclared.class, "1", "{\"bodyId\":\"" + GROUP
                        + "\",\"targetBodyId\":\"" + BOARD + "\",\"relation\":\"REPORTS_TO\"}");
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            // the lookup as the updater before V12 left it: one quorum per body, the one given last
            jdbc.update("INSERT INTO cmd_body_lookup (body_id, established_on, quorum) VALUES (?, ?, 5), (?, ?, NULL),"
                    + " (?, ?, NULL)", BOARD.value(), START, SECRETARIAT.value(), START, GROUP.value(), START);
            jdbc.update("INSERT INTO cmd_body_relation (source_id, relation, target_id) VALUES (?, 'REPORTS_TO', ?)",
                    GROUP.value(), BOARD.value());
        }

        private void store(JdbcTemplate jdbc, BodyId body, long sequence, String revision, Object event)
                throws JsonProcessingException {
            storeJson(jdbc, body, sequence, event.getClass(), revision, json.writeValueAsString(event));
        }

        private void storeJson(JdbcTemplate jdbc, BodyId body, long sequence, Class<?> type, String revision,
                               String payload) {
            jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
                            + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                            + " VALUES (?, ?, ?, 'Body', ?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), body.toString(), sequence,
                    "2024-0" + (1 + second / 60) + "-01T09:00:" + String.format("%02d", second++ % 60) + "Z",
                    type.getName(), revision, payload.getBytes(StandardCharsets.UTF_8),
                    "{\"userId\":\"admin\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    @Order(1)
    void theMigrationEmptiedTheLookupAndTheStartUpRefilledItWithTheQuorumByTheDay() {
        assertThat(lookup.quorumOn(BOARD, START.minusDays(1))).isEmpty();
        assertThat(lookup.quorumOn(BOARD, START)).contains(3);
        assertThat(lookup.quorumOn(BOARD, LocalDate.of(2023, 12, 31))).contains(3);
        assertThat(lookup.quorumOn(BOARD, LocalDate.of(2024, 1, 1))).contains(5);
        assertThat(lookup.quorumOn(SECRETARIAT, LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(lookup.body(BOARD)).map(KnownBody::quorum).contains(5);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cmd_body_quorum", Integer.class)).isEqualTo(4);

        assertThat(lookup.reportsTo(GROUP)).containsExactly(BOARD);
        assertThat(lookup.servedBy(BOARD)).as("the relation that ended").isEmpty();
    }

    /** The one test that records: the other looks at the lookup as the start-up left it. */
    @Test
    @Order(2)
    void aRelationDeclaredWithoutADayEndsAndIsDeclaredAgainFromItsEnd() throws Exception {
        assertThatThrownBy(() -> commands.sendAndWait(new DeclareBodyRelation(SECRETARIAT, BOARD,
                RelationKind.SERVES, ENDED.minusDays(1))))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("RelationDeclaredAgainFromItsEnd"));

        commands.sendAndWait(new DeclareBodyRelation(SECRETARIAT, BOARD, RelationKind.SERVES, ENDED.plusMonths(3)));
        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);

        assertThat(lookup.servedBy(BOARD)).containsExactly(SECRETARIAT);
        readUpTo(http, head, "medlem", get("/api/bodies/{id}", SECRETARIAT).param("on", "2020-01-01"))
                .andExpect(jsonPath("$.relations[*].targetName", contains("Bestyrelsen")));
        readUpTo(http, head, "medlem", get("/api/bodies/{id}", SECRETARIAT).param("on", "2024-06-01"))
                .andExpect(jsonPath("$.relations", empty()));
        readUpTo(http, head, "medlem", get("/api/bodies/{id}", SECRETARIAT).param("on", "2024-09-01"))
                .andExpect(jsonPath("$.relations[*].targetName", contains("Bestyrelsen")));
        readUpTo(http, head, "medlem", get("/api/bodies/{id}", GROUP).param("on", "2020-01-01"))
                .andExpect(jsonPath("$.relations[*].targetName", contains("Bestyrelsen")));
    }
}
