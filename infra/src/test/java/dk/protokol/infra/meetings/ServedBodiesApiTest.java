package dk.protokol.infra.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rights that follow the organisation (issue 10), on PostgreSQL with the demo organisations: the secretariat's
 * people record for the bodies it serves (SERVES), where they hold no role of their own; others do not: the
 * people of the bodies it serves do not record for each other. The meeting's minute-taker is one of them.
 */
@DemoDataTest
class ServedBodiesApiTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecretariatRecordsForTheBodiesItServes() {
        ApiScript api = new ApiScript(port, jdbc);
        String samarbejdet = api.bodyId("Samarbejdet mellem boligorganisationerne");
        assertThat(api.members(samarbejdet, "SECRETARY")).as("no secretary of its own").isEmpty();

        String meeting = api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + samarbejdet
                + "\",\"start\":\"2027-05-05T10:00\",\"expectedEnd\":\"2027-05-05T12:00\",\"location\":\"AAB, Vejle\"}");
        api.create("sekretaer", inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Fælles høringssvar\",\"kind\":\"DISCUSSION\"}");
        api.post("sekretaer", inMeeting(meeting, "/agenda/publish"), "{}");
        // the minute-taker: one of the secretariat, not a member of the body who records nothing for it
        JsonNode clerk = api.members(api.bodyId("Fællessekretariatet")).get(0);
        JsonNode member = api.members(samarbejdet).get(0);
        JsonNode refused = api.refusedPost(409, "sekretaer", inMeeting(meeting, "/minute-taker"),
                "{\"personId\":\"" + member.path("personId").asText() + "\"}");
        assertThat(refused.path("rule").asText()).isEqualTo("MinuteTakerRecordsForTheBody");
        api.post("sekretaer", inMeeting(meeting, "/minute-taker"),
                "{\"personId\":\"" + clerk.path("personId").asText() + "\"}");
        JsonNode minutes = api.get("sekretaer", "/api/meetings/" + meeting + "/minutes");
        assertThat(minutes.path("bodyId").asText()).isEqualTo(samarbejdet);
        assertThat(minutes.path("referent").path("name").asText()).isEqualTo(clerk.path("name").asText());

        // a member of the body who is not in the secretariat does not record for it
        api.refusedPost(403, "medlem", "/api/meetings", "{\"bodyId\":\"" + samarbejdet
                + "\",\"start\":\"2027-05-06T10:00\",\"expectedEnd\":\"2027-05-06T12:00\",\"location\":\"AAB\"}");
        // nor does the chair of a body the secretariat serves: serving is the secretariat's, not every body's
        api.refusedPost(403, "formand", "/api/meetings", "{\"bodyId\":\"" + samarbejdet
                + "\",\"start\":\"2027-05-06T10:00\",\"expectedEnd\":\"2027-05-06T12:00\",\"location\":\"AAB\"}");
    }
}
