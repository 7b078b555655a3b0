package dk.protokol.infra.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting held jointly by several bodies (fællesmøde, issue 10), end to end on PostgreSQL over the demo: a joint
 * BPS/FKU workshop scheduled in one step; FKU's members attend as members; the meeting and its decision are in both
 * bodies' registers; the minutes list each body with its members present and its quorum; once open, which bodies
 * hold it is settled.
 */
@DemoDataTest
class JointMeetingApiTest {

    static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aJointWorkshopIsInBothRegistersWithAttendanceAndQuorumPerBody() {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        List<JsonNode> bpsVoting = api.members(bps, "CHAIR", "VICE_CHAIR", "MEMBER");
        Set<String> inBps = bpsVoting.stream().map(m -> m.path("personId").asText()).collect(Collectors.toSet());
        List<JsonNode> fkuOnly = api.members(fku, "CHAIR", "VICE_CHAIR", "MEMBER").stream()
                .filter(m -> !inBps.contains(m.path("personId").asText())).toList();
        assertThat(fkuOnly).as("FKU has voting members who do not sit in BPS").isNotEmpty();

        // an FKU member is no member of a meeting of BPS alone
        String bpsAlone = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"2027-09-14T09:00\","
                + "\"expectedEnd\":\"2027-09-14T12:00\",\"location\":\"Vejle Rådhus\"}");
        JsonNode notAMember = api.refusedPost(409, SEK, inMeeting(bpsAlone, "/attendance"), "{\"personId\":\""
                + fkuOnly.get(0).path("personId").asText() + "\",\"status\":\"PRESENT\"}");
        assertThat(notAMember.path("rule").asText()).isEqualTo("AttendanceOnlyForMembersSubstitutesOrGuests");

        // the joint workshop, scheduled with FKU in one step; a body that does not exist leaves no meeting behind
        // (the secretary records for no such body: 403; the administrator, who records for every body, learns why)
        api.refusedPost(403, SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"2027-09-21T09:00\","
                + "\"expectedEnd\":\"2027-09-21T12:00\",\"location\":\"Vejle\",\"jointBodyIds\":[\""
                + java.util.UUID.randomUUID() + "\"]}");
        JsonNode unknown = api.refusedPost(404, "admin", "/api/meetings", "{\"bodyId\":\"" + bps
                + "\",\"start\":\"2027-09-21T09:00\",\"expectedEnd\":\"2027-09-21T12:00\",\"location\":\"Vejle\","
                + "\"jointBodyIds\":[\"" + java.util.UUID.randomUUID() + "\"]}");
        assertThat(unknown.path("field").asText()).isEqualTo("jointBodyIds[0].bodyId");
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"kind\":\"WORKSHOP\","
                + "\"start\":\"2027-09-21T09:00\",\"expectedEnd\":\"2027-09-21T12:00\",\"location\":\"Løget Beboerhus\","
                + "\"jointBodyIds\":[\"" + fku + "\"]}");
        JsonNode fkuList = api.get(SEK, "/api/meetings?bodyId=" + fku + "&from=2027-09-21&to=2027-09-21");
        assertThat(fkuList).hasSize(1);
        assertThat(fkuList.get(0).path("id").asText()).isEqualTo(meeting);
        assertThat(fkuList.get(0).path("bodyId").asText()).isEqualTo(bps);
        assertThat(fkuList.get(0).path("jointBodies").get(0).path("name").asText())
                .isEqualTo("Forum for Koordination og Udvikling");
        JsonNode again = api.refusedPost(409, SEK, inMeeting(meeting, "/joint-bodies"), "{\"bodyId\":\"" + fku + "\"}");
        assertThat(again.path("rule").asText()).isEqualTo("JointBodyIsAnotherBody");

        String item = api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Fælles boligsocial strategi\",\"kind\":\"DECISION\"}");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        List<JsonNode> everyone = new ArrayList<>(bpsVoting);
        everyone.addAll(fkuOnly);
        for (JsonNode member : everyone) {
            api.post(SEK, inMeeting(meeting, "/attendance"), "{\"personId\":\"" + member.path("personId").asText()
                    + "\",\"status\":\"PRESENT\"}");
        }
        api.post(SEK, inMeeting(meeting, "/open"), "{}");
        JsonNode settled = api.refusedPost(409, SEK, inMeeting(meeting, "/joint-bodies/withdraw"),
                "{\"bodyId\":\"" + fku + "\"}");
        assertThat(settled.path("rule").asText()).isEqualTo("JointBodiesOnlyBeforeTheMeetingOpens");
        api.post(SEK, inMeeting(meeting, "/agenda-items/" + item + "/decisions"),
                "{\"text\":\"Den fælles strategi for boligområderne vedtages.\",\"outcome\":\"ADOPTED\"}");

        JsonNode decisions = api.get(SEK, "/api/decisions?bodyId=" + fku + "&from=2027-09-21&to=2027-09-21");
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).path("text").asText()).isEqualTo("Den fælles strategi for boligområderne vedtages.");

        JsonNode minutes = api.get(SEK, "/api/meetings/" + meeting + "/minutes");
        assertThat(minutes.path("kind").asText()).isEqualTo("WORKSHOP");
        JsonNode bodies = minutes.path("bodies");
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0).path("bodyId").asText()).isEqualTo(bps);
        assertThat(bodies.get(0).path("calledTheMeeting").asBoolean()).isTrue();
        assertThat(bodies.get(0).path("votingMembersPresent").asInt()).isEqualTo(bpsVoting.size());
        assertThat(bodies.get(1).path("bodyId").asText()).isEqualTo(fku);
        assertThat(bodies.get(1).path("calledTheMeeting").asBoolean()).isFalse();
        List<String> fkuPresent = new ArrayList<>();
        bodies.get(1).path("present").forEach(person -> fkuPresent.add(person.path("name").asText()));
        assertThat(fkuPresent).contains(fkuOnly.get(0).path("name").asText());
        // everyone present was recorded as a member, none as a guest
        assertThat(minutes.path("guests")).isEmpty();
        assertThat(minutes.path("present")).hasSize(everyone.size());
    }
}
