package dk.protokol.infra.meetings;

import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.web.Http;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static dk.protokol.infra.support.ApiScript.agendaItem;
import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot holds the aggregate's state in the shape of its class when it was taken. When the shape changes
 * (the agenda items learnt their presenter), the {@code Meeting} class's {@code @Revision} goes up, and a snapshot
 * of an earlier revision must be passed over: the meeting is rebuilt from its events, which never change. The
 * planted snapshot below is an empty meeting: used, it would lose the agenda.
 */
@DemoDataTest
class MeetingSnapshotRevisionTest {

    private static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSnapshotOfAnEarlierShapeIsPassedOverAndTheMeetingIsRebuiltFromItsEvents() {
        ApiScript api = new ApiScript(port, jdbc);
        String meeting = meeting(api);
        String item = api.create(SEK, inMeeting(meeting, "/agenda-items"), "{\"title\":\"Legepladsen\",\"kind\":\"DISCUSSION\"}");
        plantEmptySnapshot(meeting, "1"); // before the presenters (and the chair for the day)

        api.post(SEK, inMeeting(meeting, "/agenda-items/" + item + "/amend"), "{\"title\":\"Legepladsen, ny plan\"}");

        assertThat(agendaItem(api.get(SEK, inMeeting(meeting, "/minutes")), item).path("title").asText())
                .isEqualTo("Legepladsen, ny plan");
    }

    /** The control: a snapshot of the current revision is used, so the empty one breaks the meeting. */
    @Test
    void aSnapshotOfTheCurrentShapeIsUsed() {
        ApiScript api = new ApiScript(port, jdbc);
        String meeting = meeting(api);
        String item = api.create(SEK, inMeeting(meeting, "/agenda-items"), "{\"title\":\"Legepladsen\",\"kind\":\"DISCUSSION\"}");
        plantEmptySnapshot(meeting, currentRevision());

        Http.Answer answer = new Http(port).post(SEK, ApiScript.PASSWORD,
                inMeeting(meeting, "/agenda-items/" + item + "/amend"), "{\"title\":\"Legepladsen, ny plan\"}");

        assertThat(answer.status()).as(answer.body()).isNotIn(200, 201);
    }

    /** The revision the Meeting aggregate has now (it goes up whenever its state changes shape). */
    private static String currentRevision() {
        try {
            return Class.forName("dk.protokol.command.meeting.Meeting").getAnnotation(Revision.class).value();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String meeting(ApiScript api) {
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        return api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + fku + "\",\"start\":\"2025-05-06T09:00\","
                + "\"expectedEnd\":\"2025-05-06T11:00\",\"location\":\"Vejle Rådhus\"}");
    }

    /** A snapshot of an empty meeting at the meeting's last event, as Axon would store one of that revision. */
    private void plantEmptySnapshot(String meeting, String revision) {
        Long last = jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, meeting);
        String type = jdbc.queryForObject("SELECT type FROM domain_event_entry WHERE aggregate_identifier = ? LIMIT 1",
                String.class, meeting);
        assertThat(type).isEqualTo("Meeting");
        jdbc.update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?", meeting);
        jdbc.update("INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type, event_identifier,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                meeting, last, type, UUID.randomUUID().toString(), Instant.now().toString(),
                "dk.protokol.command.meeting.Meeting", revision, "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8));
    }
}
