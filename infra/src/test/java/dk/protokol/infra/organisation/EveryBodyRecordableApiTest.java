package dk.protokol.infra.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The partnership at work (issue 10), over every active demo body but the secretariats (17), on PostgreSQL: the
 * demo's secretary schedules, records and circulates a meeting of each (as its secretary, or through the
 * secretariat that serves it), and someone in the demo approves the minutes — the chair, or where the body has
 * none, the chair for the day the secretary recorded.
 */
@DemoDataTest
class EveryBodyRecordableApiTest {

    /** The day the demo organisations were established (DemoOrganisations); later bodies are other tests'. */
    static final String DEMO_START = "2025-01-01";
    static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecretaryRecordsAMeetingOfEveryBodyAndSomeoneApprovesItsMinutes() {
        ApiScript api = new ApiScript(port, jdbc);
        List<JsonNode> bodies = new ArrayList<>();
        api.get("evaluator", "/api/bodies").forEach(body -> {
            if (body.path("establishedOn").asText().equals(DEMO_START) && (body.path("dissolvedOn").isNull() || body.path("dissolvedOn").isMissingNode())
                    && !body.path("kind").asText().equals("SECRETARIAT")) {
                bodies.add(body);
            }
        });
        assertThat(bodies).hasSize(17);

        int day = 1;
        for (JsonNode body : bodies) {
            String bodyId = body.path("id").asText();
            String date = "2027-09-%02d".formatted(day++);
            String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bodyId + "\",\"start\":\"" + date
                    + "T15:00\",\"expectedEnd\":\"" + date + "T16:30\",\"location\":\"Mødelokalet\"}");
            String item = api.create(SEK, inMeeting(meeting, "/agenda-items"),
                    "{\"title\":\"Status på indsatsen\",\"kind\":\"INFORMATION\"}");
            api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
            List<JsonNode> voting = api.members(bodyId, "CHAIR", "VICE_CHAIR", "MEMBER");
            assertThat(voting).as("voting members of " + body.path("name").asText()).isNotEmpty();
            for (JsonNode member : voting) {
                api.post(SEK, inMeeting(meeting, "/attendance"), "{\"personId\":\""
                        + member.path("personId").asText() + "\",\"status\":\"PRESENT\"}");
            }
            api.post(SEK, inMeeting(meeting, "/open"), "{}");
            api.post(SEK, inMeeting(meeting, "/agenda-items/" + item + "/notes"), "{\"text\":\"Orienteret.\"}");
            JsonNode approver = voting.stream().filter(m -> m.path("role").asText().equals("CHAIR")).findFirst()
                    .orElse(null);
            if (approver == null) {
                approver = voting.get(0);
                api.post(SEK, inMeeting(meeting, "/chair-of-the-day"),
                        "{\"personId\":\"" + approver.path("personId").asText() + "\"}");
            }
            api.post(SEK, inMeeting(meeting, "/close"), "{}");
            api.post(SEK, inMeeting(meeting, "/minutes/circulate"), "{}");

            String username = "godkender-" + day;
            api.create("admin", "/api/accounts", "{\"username\":\"" + username + "\",\"password\":\"godkend-"
                    + day + "-demo\",\"personId\":\"" + approver.path("personId").asText() + "\"}");
            Http.Answer approval = new Http(port).post(username, "godkend-" + day + "-demo",
                    inMeeting(meeting, "/minutes/approve"), "{}");
            assertThat(approval.status()).as(body.path("name").asText() + ": " + approval.body()).isEqualTo(200);
            JsonNode minutes = api.get(SEK, "/api/meetings/" + meeting + "/minutes?minPosition="
                    + approval.json().path("position").asLong());
            assertThat(minutes.path("status").asText()).as(body.path("name").asText()).isEqualTo("MINUTES_APPROVED");
        }
    }
}
