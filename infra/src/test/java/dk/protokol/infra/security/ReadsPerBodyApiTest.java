package dk.protokol.infra.security;

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
 * Reads are authorised per body like writes (issue 11): a body that no demo user but the administrator and the
 * evaluator has anything to do with — a closed working group, served by no secretariat — has a meeting with minutes
 * (not yet approved), a decision, an action and a case referred to FKU. The member, the chair and the secretary of
 * the demo read none of its body-scoped resources (403 for each, and the lists leave it out), in the API and in
 * the pages alike; the evaluator reads them all; the member reads the one action she owns; FKU's readers read the
 * case referred to FKU.
 */
@DemoDataTest
class ReadsPerBodyApiTest {

    static final String[] OUTSIDERS = {"medlem", "formand", "sekretaer"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theBodysMeetingsMinutesActionsAndCasesAreReadOnlyByItsReaders() {
        ApiScript api = new ApiScript(port, jdbc);
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        String member = personNamed(api, "Grethe Uldall Holm");
        String body = api.create("admin", "/api/bodies", """
                {"name": "Lukket arbejdsgruppe om huslejestøtte", "kind": "WORKING_GROUP",
                 "organisation": "BolivVejle", "establishedOn": "2026-01-01"}""");
        String meeting = api.create("admin", "/api/meetings", "{\"bodyId\":\"" + body + "\",\"start\":\"2026-02-03T10:00\","
                + "\"expectedEnd\":\"2026-02-03T11:00\",\"location\":\"Rådhuset, lokale 4\"}");
        String item = api.create("admin", inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Fortrolig sag om huslejestøtte\",\"kind\":\"DECISION\"}");
        api.post("admin", inMeeting(meeting, "/agenda/publish"), "{}");
        api.post("admin", inMeeting(meeting, "/open"), "{}");
        String decision = api.create("admin", inMeeting(meeting, "/agenda-items/" + item + "/decisions"),
                "{\"text\":\"Sagen behandles fortroligt.\",\"outcome\":\"ADOPTED\"}");
        String action = api.create("admin", inMeeting(meeting, "/agenda-items/" + item + "/actions"),
                "{\"description\":\"Indhente tal for huslejestøtte\",\"ownerId\":\"" + member
                        + "\",\"dueDate\":\"2026-03-01\"}");
        String referral = api.create("admin", inMeeting(meeting, "/agenda-items/" + item + "/referrals"),
                "{\"targetBodyId\":\"" + fku + "\",\"note\":\"FKU bedes se på tallene.\"}");
        api.post("admin", inMeeting(meeting, "/close"), "{}");
        long head = api.position();

        List<String> scoped = List.of(
                "/api/meetings/" + meeting + "/minutes",
                "/api/meetings/" + meeting + "/minutes.pdf",
                "/api/meetings/" + meeting + "/minutes.md",
                "/api/meetings/" + meeting + ".ics",
                "/api/bodies/" + body + "/meetings.ics",
                "/api/meetings?bodyId=" + body,
                "/api/decisions?bodyId=" + body,
                "/api/bodies/" + body + "/actions/overview",
                "/api/bodies/" + body + "/statistics",
                "/api/history/meetings/" + meeting,
                "/api/history/meetings/" + meeting + "/items/" + item,
                "/api/history/meetings/" + meeting + "/decisions/" + decision);
        List<String> pages = List.of("/moeder/" + meeting, "/sekretaer/moeder/" + meeting,
                "/evaluering/historik/moeder/" + meeting);
        Http http = new Http(port);
        List<String> cells = new ArrayList<>();
        for (String user : OUTSIDERS) {
            for (String path : scoped) {
                cells.add(user + " " + path + " " + http.get(user, ApiScript.PASSWORD, withHead(path, head)).status());
            }
            for (String path : pages) {
                cells.add(user + " " + path + " " + http.get(user, ApiScript.PASSWORD, path).status());
            }
            // the lists leave the body out
            assertThat(ids(api.get(user, "/api/meetings"))).as(user).doesNotContain(meeting);
            assertThat(texts(api.get(user, "/api/decisions"), "text")).as(user)
                    .doesNotContain("Sagen behandles fortroligt.");
            if (!user.equals("medlem")) {
                assertThat(ids(api.get(user, "/api/actions"))).as(user).doesNotContain(action);
            }
        }
        assertThat(cells).as("every outsider's read of the body is refused")
                .allSatisfy(cell -> assertThat(cell).endsWith(" 403"));
        assertThat(cells).hasSize(OUTSIDERS.length * (scoped.size() + pages.size()));

        // the evaluator reads everything
        for (String path : scoped) {
            assertThat(http.get("evaluator", ApiScript.PASSWORD, withHead(path, head)).status()).as(path).isEqualTo(200);
        }
        assertThat(http.get("evaluator", ApiScript.PASSWORD, "/moeder/" + meeting).status()).isEqualTo(200);

        // the owner reads her own action, in the list and alone; the chair does not
        assertThat(ids(api.get("medlem", "/api/actions"))).contains(action);
        assertThat(ids(api.get("medlem", "/api/my/actions"))).contains(action);
        assertThat(http.get("medlem", ApiScript.PASSWORD, "/api/actions/" + action).status()).isEqualTo(200);
        assertThat(http.get("formand", ApiScript.PASSWORD, "/api/actions/" + action).status()).isEqualTo(403);

        // the case referred to FKU is read by FKU's readers (the secretariat serves FKU)
        assertThat(http.get("sekretaer", ApiScript.PASSWORD, "/api/cases/" + referral).status()).isEqualTo(200);
        assertThat(texts(api.get("sekretaer", "/api/referrals?targetBodyId=" + fku), "referralId")).contains(referral);
    }

    private static String withHead(String path, long head) {
        return path + (path.contains("?") ? "&" : "?") + "minPosition=" + head;
    }

    private static String personNamed(ApiScript api, String name) {
        for (JsonNode member : api.members(api.bodyId("Boligpolitisk Styregruppe"))) {
            if (member.path("name").asText().equals(name)) {
                return member.path("personId").asText();
            }
        }
        throw new AssertionError("no member " + name);
    }

    private static List<String> ids(JsonNode list) {
        return texts(list, "id");
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> texts = new ArrayList<>();
        list.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}
