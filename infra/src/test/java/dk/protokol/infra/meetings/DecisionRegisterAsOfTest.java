package dk.protokol.infra.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.support.RecordingTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/decisions?asOf=} on PostgreSQL: the register as it stood at an instant (issue 10) — a decision
 * recorded later is not in it, one recorded earlier is, with the word search and the body filter applied as now.
 */
@DemoDataTest
class DecisionRegisterAsOfTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRegisterAsItStoodAtAnInstant() {
        ApiScript api = new ApiScript(port, jdbc);
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        String meeting = api.create("sekretaer", "/api/meetings", "{\"bodyId\":\"" + fku
                + "\",\"start\":\"2027-03-03T09:00\",\"expectedEnd\":\"2027-03-03T11:00\",\"location\":\"Vejle Rådhus\"}");
        String first = api.create("sekretaer", inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Lektiecafeens åbningstider\",\"kind\":\"DECISION\"}");
        String second = api.create("sekretaer", inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Sommerferieaktiviteter\",\"kind\":\"DECISION\"}");
        api.post("sekretaer", inMeeting(meeting, "/agenda/publish"), "{}");
        api.post("sekretaer", inMeeting(meeting, "/open"), "{}");
        api.post("sekretaer", inMeeting(meeting, "/agenda-items/" + first + "/decisions"),
                "{\"text\":\"Lektiecafeen holder åbent til kl. 19.\",\"outcome\":\"ADOPTED\"}");
        Instant between = RecordingTime.asOfNow();
        api.post("sekretaer", inMeeting(meeting, "/agenda-items/" + second + "/decisions"),
                "{\"text\":\"Sommerferieaktiviteterne udsættes.\",\"outcome\":\"POSTPONED\"}");

        String register = "/api/decisions?bodyId=" + fku + "&from=2027-03-03&to=2027-03-03";
        assertThat(texts(api.get("evaluator", register))).containsExactly(
                "Lektiecafeen holder åbent til kl. 19.", "Sommerferieaktiviteterne udsættes.");
        assertThat(texts(api.get("evaluator", register + "&asOf=" + between)))
                .containsExactly("Lektiecafeen holder åbent til kl. 19.");
        assertThat(texts(api.get("evaluator", register + "&asOf=" + between + "&q=lektiecafeen")))
                .containsExactly("Lektiecafeen holder åbent til kl. 19.");
        assertThat(texts(api.get("evaluator", register + "&asOf=" + between + "&q=sommerferie"))).isEmpty();
    }

    private static List<String> texts(JsonNode entries) {
        return entries.findValuesAsText("text");
    }
}
