package dk.protokol.infra.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.json.EventJson;
import dk.protokol.events.organisation.PersonDetailsChanged;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.events.personal.PersonalData;
import org.flywaydb.core.api.migration.Context;
import dk.protokol.infra.startup.NumberedJavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Flyway V14 (Java): seals the personal data an installation from before issue 11 stored in plaintext, once, before
 * anything else runs (Flyway migrates before the event store and the processors start) and before the audit chain
 * exists (DESIGN.md, "Order that keeps the chain whole": the chain is computed over ciphertext from its first event).
 * <ul>
 *   <li>every {@code PersonRegistered} / {@code PersonDetailsChanged} of revision 1 in {@code domain_event_entry} (and
 *   in {@code dead_letter_entry}) is rewritten as revision 2: name, e-mail and phone sealed under the person's key
 *   (made here, in the migration's transaction), every other field as it was;</li>
 *   <li>the people view's rows ({@code person_view}) that hold plaintext are sealed too, so no copy is left.</li>
 * </ul>
 * This is the one time stored event bytes change, and only to take personal data out of them. Idempotent: only
 * revision-1 rows and unsealed values are touched (and Flyway runs it once). A Spring bean: Spring Boot hands
 * {@code JavaMigration} beans to Flyway, on PostgreSQL and on H2 alike.
 */
@Component
public class SealPersonalDataMigration extends NumberedJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(SealPersonalDataMigration.class);
    private static final List<String> PERSONAL_FIELDS = List.of("name", "email", "phone");
    private static final List<String> TYPES = List.of(PersonRegistered.class.getName(),
            PersonDetailsChanged.class.getName());

    private final Clock clock;

    public SealPersonalDataMigration(Clock clock) {
        super(14, "seal personal data");
        this.clock = clock;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        Counts counts = seal(jdbc, clock);
        log.info("Personal data sealed: {} events, {} dead letters, {} people view rows", counts.events(),
                counts.deadLetters(), counts.views());
    }

    /** What was sealed. */
    public record Counts(int events, int deadLetters, int views) {
    }

    /** Seals whatever is still in plaintext; run again, it finds nothing. */
    public static Counts seal(JdbcTemplate jdbc, Clock clock) {
        PersonalData personalData = new JdbcPersonalData(jdbc, clock);
        ObjectMapper json = EventJson.newMapper();
        int events = sealEvents(jdbc, json, personalData, "domain_event_entry", "global_index");
        int deadLetters = sealEvents(jdbc, json, personalData, "dead_letter_entry", "dead_letter_id");
        int views = 0;
        for (Map<String, Object> row : jdbc.queryForList("SELECT id, state FROM person_view")) {
            String id = (String) row.get("id");
            ObjectNode state = (ObjectNode) StoredJson.read(json,
                    ((String) row.get("state")).getBytes(StandardCharsets.UTF_8));
            if (sealFields(state, PersonId.of(UUID.fromString(id)), personalData)) {
                jdbc.update("UPDATE person_view SET state = ? WHERE id = ?",
                        StoredJson.write(json, state, String.class), id);
                views++;
            }
        }
        return new Counts(events, deadLetters, views);
    }

    private static int sealEvents(JdbcTemplate jdbc, ObjectMapper json, PersonalData personalData, String table,
                                  String key) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT " + key + " AS row_key, payload FROM " + table
                + " WHERE payload_type IN (?, ?) AND payload_revision = '1' ORDER BY " + key, TYPES.get(0),
                TYPES.get(1));
        for (Map<String, Object> row : rows) {
            ObjectNode payload = (ObjectNode) StoredJson.read(json, (byte[]) row.get("payload"));
            PersonId person = PersonId.of(UUID.fromString(payload.path("personId").asText()));
            sealFields(payload, person, personalData);
            jdbc.update("UPDATE " + table + " SET payload = ?, payload_revision = '2' WHERE " + key + " = ?",
                    StoredJson.write(json, payload, byte[].class), row.get("row_key"));
        }
        return rows.size();
    }

    private static boolean sealFields(ObjectNode node, PersonId person, PersonalData personalData) {
        boolean changed = false;
        for (String field : PERSONAL_FIELDS) {
            JsonNode value = node.get(field);
            if (value != null && value.isTextual() && !PersonalData.isSealed(value.asText())) {
                if (personalData.isForgotten(person)) {
                    node.putNull(field); // erased already: the plaintext goes, nothing is sealed for them again
                } else {
                    node.put(field, personalData.seal(person, value.asText()));
                }
                changed = true;
            }
        }
        return changed;
    }
}
