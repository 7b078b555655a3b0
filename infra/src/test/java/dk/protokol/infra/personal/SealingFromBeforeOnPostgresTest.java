package dk.protokol.infra.personal;

import dk.protokol.events.command.person.ErasePerson;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonRegistered;
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
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static dk.protokol.infra.support.ReadSide.readUpTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A store written before issue 11 on PostgreSQL: migrated to V12 only, with person events of revision 1 (name,
 * e-mail and phone in plaintext) and the people view as the projection of then left it. Starting the application
 * runs V13 (the key table) and V14 ({@link SealPersonalDataMigration}), which rewrites the old person events as
 * revision 2 with the values sealed under a new key per person and seals the view: no plaintext is left in the events
 * or the view, the details still read (the latest change), a second run changes nothing, and the person can be erased.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = "protokol.read-your-writes.max-wait=10s")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = SealingFromBeforeOnPostgresTest.StoreFromBefore.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SealingFromBeforeOnPostgresTest {

    static final PersonId KAREN = PersonId.of(UUID.randomUUID());
    static final PersonId OLE = PersonId.of(UUID.randomUUID());
    static final List<String> PLAINTEXT = List.of("Karen Førstegang", "Karen Andengang", "karen@eksempel.dk",
            "karen.a@eksempel.dk", "+45 70 11 22 33", "Ole Uddannet", "ole@eksempel.dk");

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    MockMvc http;
    @Autowired
    Clock clock;

    /** A fresh database as the application left it at V12, with two people registered and one changed. */
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
            // as Jackson wrote revision 1, field for field
            store(jdbc, KAREN, 0, PersonRegistered.class, "{\"personId\":\"" + KAREN + "\",\"name\":\"Karen Førstegang\","
                    + "\"email\":\"karen@eksempel.dk\",\"phone\":null,\"organisation\":\"AAB\"}");
            store(jdbc, KAREN, 1, PersonDetailsChanged.class, "{\"personId\":\"" + KAREN + "\",\"name\":\"Karen"
                    + " Andengang\",\"email\":\"karen.a@eksempel.dk\",\"phone\":\"+45 70 11 22 33\",\"organisation\":"
                    + "\"Domea\"}");
            store(jdbc, OLE, 0, PersonRegistered.class, "{\"personId\":\"" + OLE + "\",\"name\":\"Ole Uddannet\","
                    + "\"email\":\"ole@eksempel.dk\",\"phone\":null,\"organisation\":null}");
            // the people view as the projection of then left it
            jdbc.update("INSERT INTO person_view (id, state) VALUES (?, ?), (?, ?)",
                    KAREN.toString(), "{\"id\":\"" + KAREN + "\",\"name\":\"Karen Andengang\",\"email\":"
                            + "\"karen.a@eksempel.dk\",\"phone\":\"+45 70 11 22 33\",\"organisation\":\"Domea\"}",
                    OLE.toString(), "{\"id\":\"" + OLE + "\",\"name\":\"Ole Uddannet\",\"email\":"
                            + "\"ole@eksempel.dk\",\"organisation\":null}");
            jdbc.update("INSERT INTO cmd_person_lookup (person_id) VALUES (?), (?)", KAREN.value(), OLE.value());
        }

        private static void store(JdbcTemplate jdbc, PersonId person, long sequence, Class<?> type, String payload) {
            jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
                            + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                            + " VALUES (?, ?, ?, 'Person', ?, ?, '1', ?, ?)",
                    UUID.randomUUID().toString(), person.toString(), sequence,
                    "2024-02-01T09:00:0" + sequence + "Z", type.getName(), payload.getBytes(StandardCharsets.UTF_8),
                    "{\"userId\":\"admin\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    @Order(1)
    void theMigrationSealedTheOldEventsAndTheViewLeavingNoPlaintext() throws Exception {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE type = 'Person'"
                + " AND payload_revision = '1'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry WHERE type = 'Person'"
                + " AND payload_revision = '2'", Integer.class)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_key WHERE key_bytes IS NOT NULL", Integer.class))
                .isEqualTo(2);
        for (String value : PLAINTEXT) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry"
                    + " WHERE position(convert_to(?, 'UTF8') in payload) > 0", Integer.class, value)).as(value).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM person_view WHERE strpos(state, ?) > 0",
                    Integer.class, value)).as(value).isZero();
        }
        // the organisation is not personal data: as it was
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry"
                + " WHERE position(convert_to('\"organisation\":\"Domea\"', 'UTF8') in payload) > 0", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '14'"
                + " AND success", Integer.class)).isEqualTo(1);

        // the details read through the port, as last changed
        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        readUpTo(http, head, "admin", get("/api/people/{id}/data", KAREN))
                .andExpect(jsonPath("$.details.name", is("Karen Andengang")))
                .andExpect(jsonPath("$.details.email", is("karen.a@eksempel.dk")))
                .andExpect(jsonPath("$.details.phone", is("+45 70 11 22 33")))
                .andExpect(jsonPath("$.details.organisation", is("Domea")));
        readUpTo(http, head, "admin", get("/api/history/people/{id}", KAREN))
                .andExpect(jsonPath("$.entries[0].details[0]", is("Navn: Karen Førstegang")));

        // run again: nothing left to seal, not a byte changed
        String before = checksum();
        assertThat(SealPersonalDataMigration.seal(jdbc, clock))
                .isEqualTo(new SealPersonalDataMigration.Counts(0, 0, 0));
        assertThat(checksum()).isEqualTo(before);
    }

    @Test
    @Order(2)
    void aPersonFromBeforeCanBeErased() throws Exception {
        commands.sendAndWait(new ErasePerson(KAREN, "Anmodning om sletning"));
        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        readUpTo(http, head, "admin", get("/api/people/{id}/data", KAREN))
                .andExpect(jsonPath("$.details.name", is("Slettet person")))
                .andExpect(jsonPath("$.details.erased", is(true)));
        readUpTo(http, head, "admin", get("/api/people/{id}/data", OLE))
                .andExpect(jsonPath("$.details.name", is("Ole Uddannet")));
    }

    private String checksum() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        jdbc.query("SELECT payload FROM domain_event_entry ORDER BY global_index",
                row -> {
                    sha.update(row.getBytes("payload"));
                });
        return HexFormat.of().formatHex(sha.digest());
    }
}
