package dk.protokol.infra.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event in an aggregate's stream that no longer reads (issue 13): its stored JSON broken, or its payload type
 * unknown to this version. A later command on the aggregate is refused with a problem+json that names the event (its
 * position and id) and says an administrator must look at it, and records nothing; the item's history shows the event
 * as unreadable, with its position and type, instead of failing. Before: 500 for both.
 * <p>
 * A context and database of its own (the demo organisations, loaded for it): the unreadable events park dead letters
 * in every view, which no other test should see.
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protokol.demo-data=true", "protokol.test.context=unreadable-events"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class UnreadableEventTest {

    private static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCommandOnAMeetingWithABrokenEventIsRefusedNamingItAndItsHistoryShowsItAsUnreadable() {
        ApiScript api = new ApiScript(port, jdbc);
        String meeting = scheduleWithTwoItems(api);
        long broken = position(meeting, 1);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                "{\"meetingId\": \"ikke afsluttet".getBytes(StandardCharsets.UTF_8), broken);

        assertRefusedNaming(api, meeting, broken);
        assertHistoryShowsUnreadable(api, "/api/history/meetings/" + meeting, broken, "AgendaItemAdded");
    }

    @Test
    void aCommandOnAMeetingWithAnEventOfAnUnknownTypeIsRefusedNamingIt() {
        ApiScript api = new ApiScript(port, jdbc);
        String meeting = scheduleWithTwoItems(api);
        long unknown = position(meeting, 2);
        jdbc.update("UPDATE domain_event_entry SET payload_type = ? WHERE global_index = ?",
                "dk.protokol.events.meeting.AgendaItemVanished", unknown);

        assertRefusedNaming(api, meeting, unknown);
        assertHistoryShowsUnreadable(api, "/api/history/meetings/" + meeting, unknown, "AgendaItemVanished");
    }

    @Test
    void aPersonWhoseRegistrationNoLongerReadsHasAHistoryThatSaysSo() {
        ApiScript api = new ApiScript(port, jdbc);
        String person = api.create("admin", "/api/people", "{\"name\":\"Ulla Ulæselig\"}");
        api.post("admin", "/api/people/" + person + "/details", "{\"name\":\"Ulla Ulæselig Hansen\"}");
        long registered = position(person, 0);
        jdbc.update("UPDATE domain_event_entry SET payload = ? WHERE global_index = ?",
                "[1, 2".getBytes(StandardCharsets.UTF_8), registered);

        assertHistoryShowsUnreadable(api, "/api/history/people/" + person, registered, "PersonRegistered");
        JsonNode refused = api.refusedPost(503, "admin", "/api/people/" + person + "/details",
                "{\"name\":\"Ulla Læselig\"}");
        assertThat(refused.path("detail").asText()).contains("nr. " + registered);
    }

    private String scheduleWithTwoItems(ApiScript api) {
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"2027-02-11T14:00\","
                + "\"expectedEnd\":\"2027-02-11T16:00\",\"location\":\"Rådhuset\"}");
        api.create(SEK, inMeeting(meeting, "/agenda-items"), "{\"title\":\"Budget\",\"kind\":\"DECISION\"}");
        api.create(SEK, inMeeting(meeting, "/agenda-items"), "{\"title\":\"Eventuelt\",\"kind\":\"INFORMATION\"}");
        return meeting;
    }

    private void assertRefusedNaming(ApiScript api, String meeting, long position) {
        String eventId = jdbc.queryForObject("SELECT event_identifier FROM domain_event_entry WHERE global_index = ?",
                String.class, position);
        JsonNode refused = api.refusedPost(503, SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Ny sag\",\"kind\":\"DECISION\"}");
        assertThat(refused.path("title").asText()).isEqualTo("Tjenesten er midlertidigt utilgængelig");
        assertThat(refused.path("detail").asText()).contains("nr. " + position, eventId, "administrator");
        assertThat(refused.path("unreadableEvent").path("position").asLong()).isEqualTo(position);
        assertThat(refused.path("unreadableEvent").path("eventId").asText()).isEqualTo(eventId);
        // and again: nothing was cached half-loaded
        api.refusedPost(503, SEK, inMeeting(meeting, "/agenda/publish"), "{}");
    }

    private void assertHistoryShowsUnreadable(ApiScript api, String path, long position, String type) {
        Http.Answer answer = new Http(port).get("evaluator", ApiScript.PASSWORD, path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<JsonNode> unreadable = new ArrayList<>();
        answer.json().path("entries").forEach(entry -> {
            if (entry.path("position").asLong() == position) {
                unreadable.add(entry);
            }
        });
        assertThat(unreadable).hasSize(1);
        JsonNode entry = unreadable.get(0);
        assertThat(entry.path("what").asText()).isEqualTo("Ulæselig hændelse nr. " + position + " (" + type + ")");
        assertThat(entry.path("event").asText()).isEqualTo(type);
        assertThat(entry.path("details").toString()).contains(type, "administrator");
        assertThat(answer.json().path("entries").size()).as("the readable events are told too").isGreaterThan(1);
    }

    private long position(String aggregateId, long sequence) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", Long.class, aggregateId, sequence);
    }
}
