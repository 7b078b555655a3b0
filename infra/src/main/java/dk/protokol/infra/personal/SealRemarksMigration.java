package dk.protokol.infra.personal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.json.EventJson;
import dk.protokol.events.meeting.RemarkRecorded;
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
 * Flyway V16 (Java): seals the remarks (protokolbemærkninger) an installation stored in plaintext, as V14
 * ({@link SealPersonalDataMigration}) sealed names, e-mail addresses and phone numbers: a remark is free text its
 * author wrote and may name them, so it is personal data under the author's key. Runs once, before the event store
 * and the processors start, and before the audit chain (V17) exists, which is computed over the stored bytes.
 * <ul>
 *   <li>every {@code RemarkRecorded} of revision 1 in {@code domain_event_entry} (and in {@code dead_letter_entry}) is
 *   rewritten as revision 2 with {@code text} sealed under the author's ({@code personId}) key, every other field as
 *   it was; an author erased already has the text removed (null), as V14 does with an erased person's details;</li>
 *   <li>the views that hold remark texts, the meeting states of {@code minutes_view} and {@code decision_meeting}
 *   ({@code items[].decisions[].remarks[].text}), are sealed the same way, so no plaintext copy is left.</li>
 * </ul>
 * Idempotent: only revision-1 rows and unsealed texts are touched (and Flyway runs it once). A Spring bean: Spring
 * Boot hands {@code JavaMigration} beans to Flyway, on PostgreSQL and on H2 alike.
 */
@Component
public class SealRemarksMigration extends NumberedJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(SealRemarksMigration.class);
    private static final String TYPE = RemarkRecorded.class.getName();
    /** The view tables holding a meeting's state (query-side's MeetingState) as JSON, by their key column. */
    private static final List<String> MEETING_STATE_VIEWS = List.of("minutes_view", "decision_meeting");

    private final Clock clock;

    public SealRemarksMigration(Clock clock) {
        super(16, "seal remarks");
        this.clock = clock;
    }

    @Override
    public void migrate(Context context) {
        JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true));
        Counts counts = seal(jdbc, clock);
        log.info("Remarks sealed: {} events, {} dead letters, {} view rows", counts.events(), counts.deadLetters(),
                counts.views());
    }

    /** What was sealed: events and dead letters rewritten, view rows changed. */
    public record Counts(int events, int deadLetters, int views) {
    }

    /** Seals whatever remark is still in plaintext; run again, it finds nothing. */
    public static Counts seal(JdbcTemplate jdbc, Clock clock) {
        PersonalData personalData = new JdbcPersonalData(jdbc, clock);
        ObjectMapper json = EventJson.newMapper();
        int events = sealEvents(jdbc, json, personalData, "domain_event_entry", "global_index");
        int deadLetters = sealEvents(jdbc, json, personalData, "dead_letter_entry", "dead_letter_id");
        int views = 0;
        for (String table : MEETING_STATE_VIEWS) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT id, state FROM " + table)) {
                JsonNode state = StoredJson.read(json, ((String) row.get("state")).getBytes(StandardCharsets.UTF_8));
                if (sealRemarksIn(state, personalData)) {
                    jdbc.update("UPDATE " + table + " SET state = ? WHERE id = ?",
                            StoredJson.write(json, state, String.class), row.get("id"));
                    views++;
                }
            }
        }
        return new Counts(events, deadLetters, views);
    }

    private static int sealEvents(JdbcTemplate jdbc, ObjectMapper json, PersonalData personalData, String table,
                                  String key) {
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT " + key + " AS row_key, payload FROM " + table
                + " WHERE payload_type = ? AND payload_revision = '1' ORDER BY " + key, TYPE);
        for (Map<String, Object> row : rows) {
            ObjectNode payload = (ObjectNode) StoredJson.read(json, (byte[]) row.get("payload"));
            sealText(payload, payload.path("personId").asText(null), personalData, true);
            jdbc.update("UPDATE " + table + " SET payload = ?, payload_revision = '2' WHERE " + key + " = ?",
                    StoredJson.write(json, payload, byte[].class), row.get("row_key"));
        }
        return rows.size();
    }

    /** The remarks of a meeting's state: {@code items[].decisions[].remarks[]}, each {personId, text}. */
    private static boolean sealRemarksIn(JsonNode state, PersonalData personalData) {
        boolean changed = false;
        for (JsonNode item : state.path("items")) {
            for (JsonNode decision : item.path("decisions")) {
                for (JsonNode remark : decision.path("remarks")) {
                    if (remark instanceof ObjectNode node) {
                        changed |= sealText(node, node.path("personId").asText(null), personalData, false);
                    }
                }
            }
        }
        return changed;
    }

    /**
     * Seals the node's plaintext {@code text} under the author's key; an erased author's text goes (null in an event,
     * as the event's JSON writes nulls; left out of a view's state, as the views' JSON leaves nulls out).
     */
    private static boolean sealText(ObjectNode node, String author, PersonalData personalData, boolean keepNull) {
        JsonNode text = node.get("text");
        if (author == null || text == null || !text.isTextual() || PersonalData.isSealed(text.asText())) {
            return false;
        }
        PersonId person = PersonId.of(UUID.fromString(author));
        if (personalData.isForgotten(person)) {
            // erased already: the plaintext goes, nothing is sealed for them again
            if (keepNull) {
                node.putNull("text");
            } else {
                node.remove("text");
            }
        } else {
            node.put("text", personalData.seal(person, text.asText()));
        }
        return true;
    }
}
