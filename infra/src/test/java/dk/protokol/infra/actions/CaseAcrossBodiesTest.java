package dk.protokol.infra.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's acceptance over HTTP on PostgreSQL with the demo organisation: FKU prepares a case and refers it
 * to BPS, BPS takes it onto a meeting, decides and agrees actions, the owner reports progress and completes
 * her own action (but may not complete another's), and an evaluator reads the whole trail in order from
 * {@code /api/cases/{id}}. The action list as CSV has the same rows as the JSON list.
 */
@DemoDataTest
class CaseAcrossBodiesTest {

    private static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aCaseReferredFromFkuToBpsIsFollowedToCompletedActions() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        String bps = api.bodyId("Boligpolitisk Styregruppe");

        // FKU prepares the case and refers it to BPS
        String fkuMeeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + fku + "\",\"start\":\"2026-10-01T09:00\","
                + "\"expectedEnd\":\"2026-10-01T11:00\",\"location\":\"Vejle Rådhus\"}");
        String fkuItem = api.create(SEK, "/api/meetings/" + fkuMeeting + "/agenda-items",
                "{\"title\":\"Fritidsjob til unge i Løget\",\"kind\":\"DECISION\"}");
        api.post(SEK, "/api/meetings/" + fkuMeeting + "/agenda/publish", "{}");
        attendAll(api, fkuMeeting, api.members(fku, "CHAIR", "VICE_CHAIR", "MEMBER"));
        api.post(SEK, "/api/meetings/" + fkuMeeting + "/open", "{}");
        api.create(SEK, "/api/meetings/" + fkuMeeting + "/agenda-items/" + fkuItem + "/decisions",
                "{\"text\":\"FKU anbefaler en fritidsjobindsats.\",\"outcome\":\"ADOPTED\"}");
        String referral = api.create(SEK, "/api/meetings/" + fkuMeeting + "/agenda-items/" + fkuItem + "/referrals",
                "{\"targetBodyId\":\"" + bps + "\",\"note\":\"Til politisk beslutning.\"}");
        api.post(SEK, "/api/meetings/" + fkuMeeting + "/close", "{}");
        assertThat(api.get("evaluator", "/api/referrals?targetBodyId=" + bps + "&status=WAITING")
                .findValuesAsText("referralId")).contains(referral);

        // BPS takes it onto a meeting and decides
        String bpsMeeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"2026-10-15T14:00\","
                + "\"expectedEnd\":\"2026-10-15T16:00\",\"location\":\"Vejle Rådhus\"}");
        api.post(SEK, "/api/referrals/" + referral + "/accept", "{\"meetingId\":\"" + bpsMeeting + "\"}");
        api.post(SEK, "/api/meetings/" + bpsMeeting + "/agenda/publish", "{}");
        List<JsonNode> bpsVoting = api.members(bps, "CHAIR", "VICE_CHAIR", "MEMBER");
        attendAll(api, bpsMeeting, bpsVoting);
        api.post(SEK, "/api/meetings/" + bpsMeeting + "/open", "{}");
        String bpsItem = referredItem(api.get("evaluator", "/api/meetings/" + bpsMeeting + "/minutes"));
        String decision = api.create(SEK, "/api/meetings/" + bpsMeeting + "/agenda-items/" + bpsItem + "/decisions",
                "{\"text\":\"BPS igangsætter fritidsjobindsatsen.\",\"outcome\":\"ADOPTED\"}");
        String medlem = personNamed(bpsVoting, "Grethe Uldall Holm");
        String other = personNamed(bpsVoting, "Kasper Vinding Ravn");
        String ownAction = api.create(SEK, "/api/meetings/" + bpsMeeting + "/agenda-items/" + bpsItem + "/actions",
                "{\"description\":\"Kontakte afdelingsbestyrelserne\",\"ownerId\":\"" + medlem
                        + "\",\"dueDate\":\"2026-12-31\",\"decisionId\":\"" + decision + "\"}");
        String othersAction = api.create(SEK, "/api/meetings/" + bpsMeeting + "/agenda-items/" + bpsItem + "/actions",
                "{\"description\":\"Lægge budget for indsatsen\",\"ownerId\":\"" + other + "\",\"dueDate\":\"2026-11-01\"}");
        api.post(SEK, "/api/meetings/" + bpsMeeting + "/close", "{}");

        // the owner reports progress and completes her own action, not another's
        api.post("medlem", "/api/actions/" + ownAction + "/progress", "{\"note\":\"Tre afdelinger har sagt ja.\"}");
        api.refusedPost(403, "medlem", "/api/actions/" + othersAction + "/complete", "{}");
        api.post("medlem", "/api/actions/" + ownAction + "/complete", "{\"note\":\"Aftaler indgået.\"}");

        // the evaluator reads the trail in order
        // an action agreed on the referred case names the case it belongs to
        assertThat(api.get("evaluator", "/api/actions/" + ownAction).path("origin").path("caseId").asText())
                .isEqualTo(referral);

        JsonNode trail = api.get("evaluator", "/api/cases/" + referral).path("trail");
        List<String> steps = new ArrayList<>();
        trail.forEach(step -> steps.add(step.path("kind").asText()));
        assertThat(steps).containsSubsequence("ITEM", "DECISION", "REFERRED", "ACCEPTED", "DECISION",
                "ACTION_AGREED", "PROGRESS_REPORTED", "ACTION_COMPLETED");
        assertThat(trail.get(0).path("body").toString()).contains("Forum for Koordination og Udvikling");
        assertThat(trail.get(trail.size() - 1).path("body").toString()).contains("Boligpolitisk Styregruppe");
        List<String> dates = new ArrayList<>();
        trail.forEach(step -> dates.add(step.path("date").asText()));
        assertThat(dates).isSorted();

        // the action list today: the other action (due 2026-11-01) is overdue, her own is done (a completion holds
        // from the day it is reported, so the list is read for today); CSV has the same rows as JSON
        // (other tests in this shared demo database record BPS actions of their own: look at this meeting's)
        List<JsonNode> open = new ArrayList<>();
        api.get("formand", "/api/actions?bodyId=" + bps + "&status=OPEN").forEach(action -> {
            if (action.path("meetingId").asText().equals(bpsMeeting)) {
                open.add(action);
            }
        });
        assertThat(open).extracting(action -> action.path("id").asText()).containsExactly(othersAction);
        assertThat(open.get(0).path("overdue").asBoolean()).isTrue();
        JsonNode all = api.get("formand", "/api/actions?bodyId=" + bps);
        String csv = api.getAnswer("formand", "/api/actions.csv?bodyId=" + bps).body();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv.replace("\uFEFF", ""))).getRecords();
        assertThat(rows).hasSize(all.size());
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("Handlings-id")).isEqualTo(all.get(i).path("id").asText());
            assertThat(rows.get(i).get("Handling")).isEqualTo(all.get(i).path("description").asText());
        }
    }

    private static void attendAll(ApiScript api, String meeting, List<JsonNode> members) {
        for (JsonNode member : members) {
            api.post(SEK, "/api/meetings/" + meeting + "/attendance",
                    "{\"personId\":\"" + member.path("personId").asText() + "\",\"status\":\"PRESENT\"}");
        }
    }

    private static String personNamed(List<JsonNode> members, String name) {
        return members.stream().filter(m -> m.path("name").asText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is not a member")).path("personId").asText();
    }

    private static String referredItem(JsonNode minutes) {
        for (JsonNode item : minutes.path("agenda")) {
            if (!item.path("referredFrom").isMissingNode() && !item.path("referredFrom").isNull()) {
                return item.path("itemId").asText();
            }
        }
        throw new AssertionError("no referred item in " + minutes);
    }
}
