package dk.protokol.infra.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.support.RecordingTime;
import dk.protokol.events.meeting.MeetingScheduled;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's kind (issue 10) on PostgreSQL: a workshop is scheduled and shown as one; and a MeetingScheduled stored
 * in its first revision (before kinds) is still read — by the Meeting aggregate and by the as-of replay — as an
 * ordinary meeting, through its upcaster (DESIGN.md principle 2).
 */
@DemoDataTest
class MeetingKindApiTest {

    static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void aWorkshopIsScheduledAndShownAsOne() {
        ApiScript api = new ApiScript(port, jdbc);
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + api.bodyId("Boligpolitisk Styregruppe")
                + "\",\"kind\":\"WORKSHOP\",\"start\":\"2027-10-05T09:00\",\"expectedEnd\":\"2027-10-05T15:00\","
                + "\"location\":\"Løget Beboerhus\"}");
        assertThat(api.get(SEK, "/api/meetings/" + meeting + "/minutes").path("kind").asText()).isEqualTo("WORKSHOP");
        assertThat(api.text(SEK, "/api/meetings/" + meeting + "/minutes.md")).contains("**Mødetype:** workshop");
    }

    /** The application's upcaster chain (what the store and the as-of replay read through) holds the upcaster. */
    @Test
    void theApplicationsUpcasterChainReadsTheFirstRevision() {
        String json = "{\"meetingId\":\"" + UUID.randomUUID() + "\",\"bodyId\":\"" + UUID.randomUUID()
                + "\",\"start\":\"2026-03-10T14:00:00\",\"expectedEnd\":\"2026-03-10T16:00:00\",\"location\":\"R\"}";
        InitialEventRepresentation stored = new InitialEventRepresentation(new GenericDomainEventEntry<>("Meeting",
                UUID.randomUUID().toString(), 0, UUID.randomUUID().toString(), Instant.parse("2026-03-01T10:00:00Z"),
                MeetingScheduled.class.getName(), "1", json.getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8)), JacksonSerializer.defaultSerializer());
        IntermediateEventRepresentation read = axon.upcasterChain().upcast(Stream.of(stored)).findFirst().orElseThrow();
        assertThat(read.getType().getRevision()).isEqualTo("2");
        assertThat(read.getData(JsonNode.class).getData().path("kind").asText()).isEqualTo("ORDINARY");
    }

    @Test
    void aMeetingScheduledInTheFirstRevisionIsReadAsAnOrdinaryMeeting() {
        ApiScript api = new ApiScript(port, jdbc);
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + api.bodyId("Forum for Koordination og Udvikling")
                + "\",\"start\":\"2027-10-06T09:00\",\"expectedEnd\":\"2027-10-06T11:00\",\"location\":\"Rådhuset\"}");
        // the event as revision 1 stored it: no kind
        String stored = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", String.class, meeting);
        assertThat(stored).contains("\"kind\"");
        String revision1 = stored.replace(",\"kind\":\"ORDINARY\"", "");
        assertThat(revision1).doesNotContain("kind");
        assertThat(jdbc.update("UPDATE domain_event_entry SET payload = ?, payload_revision = '1'"
                        + " WHERE aggregate_identifier = ? AND sequence_number = 0",
                revision1.getBytes(StandardCharsets.UTF_8), meeting)).isEqualTo(1);

        // the aggregate loads it (a command on the meeting), and the as-of replay reads it
        api.create(SEK, inMeeting(meeting, "/agenda-items"), "{\"title\":\"Status\",\"kind\":\"INFORMATION\"}");
        Instant now = RecordingTime.asOfNow();
        JsonNode asOf = api.get(SEK, "/api/meetings/" + meeting + "/minutes?asOf=" + now);
        assertThat(asOf.path("kind").asText()).isEqualTo("ORDINARY");
        assertThat(asOf.path("agenda").findValuesAsText("title")).contains("Status");
    }
}
