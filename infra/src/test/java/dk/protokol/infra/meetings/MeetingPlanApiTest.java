package dk.protokol.infra.meetings;

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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's meeting plan end to end on PostgreSQL (issue 10): the secretary asks for the proposal from a body's
 * cadence, schedules the chosen meetings in one step, and the body's calendar carries them; a plan with one bad
 * meeting, or one the body cannot hold, records none. The test works on a body of its own.
 */
@DemoDataTest
class MeetingPlanApiTest {

    static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSecretaryPlansTheYearFromTheCadenceAndTheCalendarCarriesIt() {
        ApiScript api = new ApiScript(port, jdbc);
        String secretary = api.members(api.bodyId("Boligpolitisk Styregruppe"), "SECRETARY").get(0)
                .path("personId").asText();
        String body = api.create("admin", "/api/bodies", """
                {"name": "Ad hoc arbejdsgruppe om mødeplanen", "kind": "WORKING_GROUP", "organisation": "BolivVejle",
                 "establishedOn": "2026-01-01", "meetingsPerYear": 4}""");
        api.post("admin", "/api/bodies/" + body + "/members",
                "{\"personId\":\"" + secretary + "\",\"role\":\"SECRETARY\",\"from\":\"2026-01-01\"}");
        String plan = "/api/bodies/" + body + "/meeting-plan";

        JsonNode proposal = api.get(SEK, plan + "?year=2028");
        assertThat(proposal.path("meetingsPerYear").asInt()).isEqualTo(4);
        assertThat(texts(proposal.path("meetings"), "start")).containsExactly("2028-02-08T14:00:00",
                "2028-05-09T14:00:00", "2028-08-08T14:00:00", "2028-11-14T14:00:00");
        assertThat(proposal.path("meetings").get(0).path("expectedEnd").asText()).isEqualTo("2028-02-08T16:00:00");
        assertThat(proposal.path("alreadyScheduled")).isEmpty();
        assertThat(new Http(port).get("medlem", ApiScript.PASSWORD, plan + "?year=2028").status()).isEqualTo(403);

        // one meeting without a place: none is scheduled, the error names it
        JsonNode invalid = api.refusedPost(400, SEK, plan, planJson(2028, proposal, "Vejle Rådhus", 1));
        assertThat(invalid.path("errors").get(0).path("field").asText()).isEqualTo("meetings[1].location");
        api.refused(403, () -> new Http(port).post("medlem", ApiScript.PASSWORD, plan,
                planJson(2028, proposal, "Vejle Rådhus", -1)));

        JsonNode scheduled = api.post(SEK, plan, planJson(2028, proposal, "Vejle Rådhus, mødelokale 3", -1));
        assertThat(scheduled.path("meetingIds")).hasSize(4);
        assertThat(api.get(SEK, "/api/meetings?bodyId=" + body)).hasSize(4);
        String calendar = api.text(SEK, "/api/bodies/" + body + "/meetings.ics");
        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(5);
        assertThat(calendar).contains("20280208T140000", "20281114T140000", "Vejle Rådhus\\, mødelokale 3");

        // the next year follows the last meeting's weekday, times and place
        JsonNode next = api.get(SEK, plan + "?year=2029");
        assertThat(next.path("meetings").get(0).path("location").asText()).isEqualTo("Vejle Rådhus, mødelokale 3");
        assertThat(api.get(SEK, plan + "?year=2028").path("alreadyScheduled")).hasSize(4);

        // a body dissolved in the middle of the year holds none of the plan's meetings: nothing is recorded
        api.post("admin", "/api/bodies/" + body + "/dissolve", "{\"on\":\"2029-06-30\",\"reason\":\"Opgaven er løst.\"}");
        JsonNode refused = api.refusedPost(409, SEK, plan, planJson(2029, next, "Vejle Rådhus", -1));
        assertThat(refused.path("rule").asText()).isEqualTo("NoMeetingsOfADissolvedBody");
        assertThat(refused.path("field").asText()).isEqualTo("meetings[2].bodyId");
        assertThat(api.get(SEK, "/api/meetings?bodyId=" + body)).hasSize(4);
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> texts = new ArrayList<>();
        list.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }

    /** The proposal posted back, every meeting at {@code location} except the one at {@code withoutPlace}. */
    private static String planJson(int year, JsonNode proposal, String location, int withoutPlace) {
        List<String> meetings = new ArrayList<>();
        for (int i = 0; i < proposal.path("meetings").size(); i++) {
            JsonNode meeting = proposal.path("meetings").get(i);
            meetings.add("{\"start\":\"" + meeting.path("start").asText() + "\",\"expectedEnd\":\""
                    + meeting.path("expectedEnd").asText() + "\",\"location\":"
                    + (i == withoutPlace ? "null" : "\"" + location + "\"") + "}");
        }
        return "{\"year\":" + year + ",\"meetings\":[" + String.join(",", meetings) + "]}";
    }
}
