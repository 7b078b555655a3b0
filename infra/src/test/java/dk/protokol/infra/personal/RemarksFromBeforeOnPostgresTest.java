package dk.protokol.infra.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.json.EventJson;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.organisation.PersonErased;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.query.common.ViewJson;
import dk.protokol.query.minutes.MeetingState;
import dk.protokol.query.minutes.MinutesFold;
import dk.protokol.query.minutes.Recording;
import org.axonframework.serialization.Revision;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static dk.protokol.infra.support.ReadSide.readUpTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * A store written after V14 but before remarks were sealed, on PostgreSQL: migrated to V15, people sealed (one of them
 * erased since), a meeting with two remarks of revision 1 (plaintext), and the minutes' and the decision register's
 * views as the projections of then left them (the remark texts in plaintext). Starting the application runs V16
 * ({@link SealRemarksMigration}): both remarks become revision 2, the living author's text sealed under her key, the
 * erased author's text removed; every other field and every other event as it was; no plaintext left in the events
 * or the views; the minutes read the text through the port, and the erased author's remark as removed; a second run
 * changes nothing.
 */
@SpringBootTest(classes = ProtokolApplication.class, properties = "protokol.read-your-writes.max-wait=10s")
@AutoConfigureMockMvc
@ContextConfiguration(initializers = RemarksFromBeforeOnPostgresTest.StoreFromBefore.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RemarksFromBeforeOnPostgresTest {

    static final PersonId INGRID = PersonId.of(UUID.randomUUID());
    static final PersonId PALLE = PersonId.of(UUID.randomUUID());
    static final MeetingId MEETING = MeetingId.of(UUID.randomUUID());
    static final BodyId BODY = BodyId.of(UUID.randomUUID());
    static final AgendaItemId ITEM = AgendaItemId.of(UUID.randomUUID());
    static final DecisionId DECISION = DecisionId.of(UUID.randomUUID());
    static final LocalDateTime START = LocalDateTime.of(2026, 5, 6, 14, 0);
    static final String INGRID_SAYS = "Ingrid Remarksen ønsker ført til protokollen, at hun stemte imod.";
    static final String PALLE_SAYS = "Palle Sletmig tager forbehold for økonomien.";
    /** SHA-256 of every payload but the remarks', as the store held them before the migration. */
    static String othersBefore;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc http;
    @Autowired
    Clock clock;

    /** A fresh database as the application left it at V15, with revision-1 remarks and their views. */
    static class StoreFromBefore implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private final ObjectMapper json = EventJson.newMapper();

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new PostgresTestDatabase().initialize(context);
            String name = context.getEnvironment().getRequiredProperty("protokol.test.database");
            DriverManagerDataSource dataSource = new DriverManagerDataSource(PostgresTestDatabase.url(name),
                    PostgresTestDatabase.USER, PostgresTestDatabase.PASSWORD);
            Clock clock = Clock.systemUTC();
            Flyway.configure().dataSource(dataSource)
                    .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
                    .javaMigrations(new SealPersonalDataMigration(clock))
                    .target("15").load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            JdbcPersonalData personalData = new JdbcPersonalData(jdbc, clock);
            // the people as V14 and the commands since stored them: sealed; Palle erased since
            store(jdbc, "Person", INGRID.toString(), 0, new PersonRegistered(INGRID,
                    personalData.seal(INGRID, "Ingrid Remarksen"), null, null, "AAB"), null);
            store(jdbc, "Person", PALLE.toString(), 0, new PersonRegistered(PALLE,
                    personalData.seal(PALLE, "Palle Sletmig"), null, null, "Domea"), null);
            // the meeting, its remarks as revision 1 wrote them (plaintext)
            List<MeetingEvent> meeting = List.of(
                    new MeetingScheduled(MEETING, BODY, START, START.plusHours(2), "Rådhuset"),
                    new AgendaItemAdded(MEETING, ITEM, "Budget", AgendaItemKind.DECISION, null, null, false),
                    new DecisionRecorded(MEETING, ITEM, DECISION, "Budgettet vedtages.", DecisionOutcome.ADOPTED,
                            null, 5, 2, 0, false),
                    new RemarkRecorded(MEETING, DECISION, INGRID, INGRID_SAYS),
                    new RemarkRecorded(MEETING, DECISION, PALLE, PALLE_SAYS));
            MeetingState state = null;
            for (int i = 0; i < meeting.size(); i++) {
                MeetingEvent event = meeting.get(i);
                store(jdbc, "Meeting", MEETING.toString(), i, event, event instanceof RemarkRecorded ? "1" : null);
                state = MinutesFold.apply(state, event, new Recording(Instant.parse("2026-05-06T13:00:00Z"),
                        PersonId.of(UUID.randomUUID())));
            }
            store(jdbc, "Person", PALLE.toString(), 1, new PersonErased(PALLE, "Anmodning", "admin",
                    Instant.parse("2026-06-01T09:00:00Z")), null);
            personalData.forget(PALLE);
            // the views as the projections of then left them
            String view = ViewJson.write(state);
            assertThat(view).contains(INGRID_SAYS, PALLE_SAYS);
            jdbc.update("INSERT INTO minutes_view (id, body_id, start_at, state) VALUES (?, ?, ?, ?)",
                    MEETING.toString(), BODY.toString(), START, view);
            jdbc.update("INSERT INTO decision_meeting (id, state) VALUES (?, ?)", MEETING.toString(), view);
            othersBefore = checksumOfOthers(jdbc);
        }

        private void store(JdbcTemplate jdbc, String type, String aggregate, long sequence, Object event,
                           String revision) {
            try {
                jdbc.update("INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number,"
                                + " type, time_stamp, payload_type, payload_revision, payload, meta_data)"
                                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        UUID.randomUUID().toString(), aggregate, sequence, type, "2026-05-06T13:0" + sequence + ":00Z",
                        event.getClass().getName(), revision != null ? revision
                                : event.getClass().getAnnotation(Revision.class).value(),
                        json.writeValueAsBytes(event), "{\"userId\":\"sekretaer\"}".getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    @Order(1)
    void theMigrationSealedTheRemarksLeavingNoPlaintextAndNothingElseChanged() throws Exception {
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE version = '16'"
                + " AND success", Integer.class)).isEqualTo(1);
        List<String> revisions = jdbc.queryForList("SELECT payload_revision FROM domain_event_entry"
                + " WHERE payload_type = ? ORDER BY global_index", String.class, RemarkRecorded.class.getName());
        assertThat(revisions).containsExactly("2", "2");
        List<JsonNode> remarks = new ArrayList<>();
        for (byte[] payload : jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE payload_type = ?"
                + " ORDER BY global_index", byte[].class, RemarkRecorded.class.getName())) {
            remarks.add(EventJson.newMapper().readTree(payload));
        }
        assertThat(remarks.get(0).path("text").asText()).startsWith("pd1:");
        assertThat(remarks.get(0).path("personId").asText()).isEqualTo(INGRID.toString());
        assertThat(remarks.get(0).path("decisionId").asText()).isEqualTo(DECISION.toString());
        assertThat(remarks.get(1).path("text").isNull()).as("the erased author's text is gone").isTrue();
        assertThat(remarks.get(1).path("personId").asText()).isEqualTo(PALLE.toString());
        assertThat(checksumOfOthers(jdbc)).as("every other event as it was").isEqualTo(othersBefore);

        long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        readUpTo(http, head, "evaluator", get("/api/meetings/{id}/minutes", MEETING))
                .andExpect(jsonPath("$.agenda[0].decisions[0].remarks[*].text", containsInAnyOrder(INGRID_SAYS,
                        "Bemærkning fjernet: forfatteren er slettet")))
                .andExpect(jsonPath("$.agenda[0].decisions[0].remarks[*].person.name",
                        containsInAnyOrder("Ingrid Remarksen", "Slettet person")));
        for (String plaintext : List.of(INGRID_SAYS, PALLE_SAYS)) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry"
                    + " WHERE position(convert_to(?, 'UTF8') in payload) > 0", Integer.class, plaintext)).isZero();
            for (String view : List.of("minutes_view", "decision_meeting")) {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + view + " WHERE strpos(state, ?) > 0",
                        Integer.class, plaintext)).as(view).isZero();
            }
        }

        // run again: nothing left to seal, not a byte changed
        String before = checksumOfAll(jdbc);
        assertThat(SealRemarksMigration.seal(jdbc, clock)).isEqualTo(new SealRemarksMigration.Counts(0, 0, 0));
        assertThat(checksumOfAll(jdbc)).isEqualTo(before);
    }

    @Test
    @Order(2)
    void viewRowsHoldingPlaintextRemarksAreSealedTooTheErasedAuthorsTextRemoved() {
        MeetingId other = MeetingId.of(UUID.randomUUID());
        String state = "{\"meetingId\":\"" + other + "\",\"bodyId\":\"" + BODY + "\",\"items\":[{\"itemId\":\""
                + ITEM + "\",\"title\":\"Budget\",\"decisions\":[{\"decisionId\":\"" + DECISION + "\",\"text\":"
                + "\"Budgettet vedtages.\",\"remarks\":[{\"personId\":\"" + INGRID + "\",\"text\":\"" + INGRID_SAYS
                + "\"},{\"personId\":\"" + PALLE + "\",\"text\":\"" + PALLE_SAYS + "\"}]}]}]}";
        jdbc.update("INSERT INTO decision_meeting (id, state) VALUES (?, ?)", other.toString(), state);

        assertThat(SealRemarksMigration.seal(jdbc, clock)).isEqualTo(new SealRemarksMigration.Counts(0, 0, 1));
        String sealed = jdbc.queryForObject("SELECT state FROM decision_meeting WHERE id = ?", String.class,
                other.toString());
        assertThat(sealed).doesNotContain(INGRID_SAYS).doesNotContain(PALLE_SAYS).contains("\"text\":\"pd1:")
                .contains("\"personId\":\"" + PALLE + "\"}").contains("Budgettet vedtages.");
        MeetingState read = ViewJson.read(sealed, MeetingState.class);
        assertThat(read.items().get(0).decisions().get(0).remarks()).hasSize(2);
        assertThat(new JdbcPersonalData(jdbc, clock).reveal(INGRID,
                read.items().get(0).decisions().get(0).remarks().get(0).text())).contains(INGRID_SAYS);
        jdbc.update("DELETE FROM decision_meeting WHERE id = ?", other.toString());
    }

    private static String checksumOfOthers(JdbcTemplate jdbc) {
        return checksum(jdbc, "SELECT payload FROM domain_event_entry WHERE payload_type <> '"
                + RemarkRecorded.class.getName() + "' ORDER BY global_index");
    }

    private static String checksumOfAll(JdbcTemplate jdbc) {
        return checksum(jdbc, "SELECT payload FROM domain_event_entry ORDER BY global_index");
    }

    private static String checksum(JdbcTemplate jdbc, String sql) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            jdbc.query(sql, row -> {
                sha.update(row.getBytes("payload"));
            });
            return HexFormat.of().formatHex(sha.digest());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
