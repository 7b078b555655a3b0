package dk.protokol.infra.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Approval that every body can reach (issue 10), end to end on PostgreSQL: the chair of BPS sends apologies, the
 * secretary records the chair for the day among the members present, and that member — not another one — approves
 * the minutes, which name the chair for the day in JSON and Markdown.
 */
@DemoDataTest
class ChairOfTheDayApiTest {

    static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withoutTheChairTheChairForTheDayApprovesTheMinutes() {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        List<JsonNode> voting = api.members(bps, "CHAIR", "VICE_CHAIR", "MEMBER");
        JsonNode chair = voting.stream().filter(m -> m.path("role").asText().equals("CHAIR")).findFirst().orElseThrow();
        List<JsonNode> members = voting.stream().filter(m -> m.path("role").asText().equals("MEMBER")).toList();
        JsonNode leader = members.get(0);
        JsonNode another = members.get(1);
        api.create("admin", "/api/accounts", "{\"username\":\"dagens-leder\",\"password\":\"" + ApiScript.PASSWORD
                + "-dagens\",\"personId\":\"" + leader.path("personId").asText() + "\"}");
        api.create("admin", "/api/accounts", "{\"username\":\"andet-medlem\",\"password\":\"" + ApiScript.PASSWORD
                + "-andet\",\"personId\":\"" + another.path("personId").asText() + "\"}");

        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"2027-04-07T14:00\","
                + "\"expectedEnd\":\"2027-04-07T16:00\",\"location\":\"Løget Beboerhus\"}");
        String item = api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Boligsocial indsats i Løget\",\"kind\":\"DECISION\"}");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        for (JsonNode member : voting) {
            String status = member == chair ? "APOLOGIES" : "PRESENT";
            api.post(SEK, inMeeting(meeting, "/attendance"), "{\"personId\":\"" + member.path("personId").asText()
                    + "\",\"status\":\"" + status + "\"}");
        }
        api.post(SEK, inMeeting(meeting, "/open"), "{}");
        // the chair for the day must have been present: the absent chair cannot be chosen
        JsonNode notPresent = api.refusedPost(409, SEK, inMeeting(meeting, "/chair-of-the-day"),
                "{\"personId\":\"" + chair.path("personId").asText() + "\"}");
        assertThat(notPresent.path("rule").asText()).isEqualTo("ChairOfTheDayIsAVotingMemberPresent");
        api.post(SEK, inMeeting(meeting, "/chair-of-the-day"), "{\"personId\":\"" + leader.path("personId").asText() + "\"}");
        api.post(SEK, inMeeting(meeting, "/agenda-items/" + item + "/decisions"),
                "{\"text\":\"Indsatsen fortsætter i 2027.\",\"outcome\":\"ADOPTED\"}");
        api.post(SEK, inMeeting(meeting, "/close"), "{}");
        api.post(SEK, inMeeting(meeting, "/minutes/circulate"), "{}");

        JsonNode refused = api.refused(409, () -> new Http(port).post("andet-medlem",
                ApiScript.PASSWORD + "-andet", inMeeting(meeting, "/minutes/approve"), "{}"));
        assertThat(refused.path("rule").asText()).isEqualTo("InTheChairsAbsenceTheChairOfTheDayOrViceChairApproves");
        Http.Answer approval = new Http(port).post("dagens-leder", ApiScript.PASSWORD + "-dagens",
                inMeeting(meeting, "/minutes/approve"), "{}");
        assertThat(approval.status()).isEqualTo(200);

        // read the minutes as of the approval (made outside the script, so its position is asked for here)
        JsonNode minutes = api.get(SEK, "/api/meetings/" + meeting + "/minutes?minPosition="
                + approval.json().path("position").asLong());
        assertThat(minutes.path("status").asText()).isEqualTo("MINUTES_APPROVED");
        assertThat(minutes.path("chairOfTheDay").path("name").asText()).isEqualTo(leader.path("name").asText());
        assertThat(minutes.path("approvedBy").path("name").asText()).isEqualTo(leader.path("name").asText());
        assertThat(api.text(SEK, "/api/meetings/" + meeting + "/minutes.md"))
                .contains("**Mødeleder:** " + leader.path("name").asText());
    }
}
