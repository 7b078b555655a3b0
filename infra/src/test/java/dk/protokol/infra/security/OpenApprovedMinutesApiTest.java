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
 * A body setting (issue 11): a body may open its approved minutes to every signed-in user. Then the member of
 * another body reads its approved minutes (and their PDF) and finds them in its meeting list, but not minutes still
 * to be approved, nor a meeting's history; closed again, they are the body's readers' only.
 */
@DemoDataTest
class OpenApprovedMinutesApiTest {

    static final String CHAIR = "aabne-referater-formand";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void approvedMinutesOpenedToEveryoneSignedInAndKeptAgain() {
        ApiScript api = new ApiScript(port, jdbc);
        String body = api.create("admin", "/api/bodies", """
                {"name": "Kvarternetværk med åbne referater", "kind": "QUARTER_NETWORK", "organisation": "ByLivKolding",
                 "establishedOn": "2026-01-01"}""");
        String chair = api.create("admin", "/api/people", "{\"name\":\"Åse Åbenhed\"}");
        api.post("admin", "/api/bodies/" + body + "/members",
                "{\"personId\":\"" + chair + "\",\"role\":\"CHAIR\",\"from\":\"2026-01-01\"}");
        api.create("admin", "/api/accounts", "{\"username\":\"" + CHAIR + "\",\"password\":\"" + ApiScript.PASSWORD
                + "-aabne-referater\",\"personId\":\"" + chair + "\"}");

        String approved = api.create("admin", "/api/meetings", "{\"bodyId\":\"" + body
                + "\",\"start\":\"2026-03-03T17:00\",\"expectedEnd\":\"2026-03-03T19:00\",\"location\":\"Beboerhuset\"}");
        api.post("admin", inMeeting(approved, "/agenda/publish"), "{}");
        api.post("admin", inMeeting(approved, "/attendance"), "{\"personId\":\"" + chair + "\",\"status\":\"PRESENT\"}");
        api.post("admin", inMeeting(approved, "/open"), "{}");
        api.post("admin", inMeeting(approved, "/close"), "{}");
        api.post("admin", inMeeting(approved, "/minutes/circulate"), "{}");
        Http.Answer approval = new Http(port).post(CHAIR, ApiScript.PASSWORD + "-aabne-referater",
                inMeeting(approved, "/minutes/approve"), "{}");
        assertThat(approval.status()).isEqualTo(200);
        String coming = api.create("admin", "/api/meetings", "{\"bodyId\":\"" + body
                + "\",\"start\":\"2026-09-01T17:00\",\"expectedEnd\":\"2026-09-01T19:00\",\"location\":\"Beboerhuset\"}");
        Http http = new Http(port);
        String minutesOf = "/api/meetings/" + approved + "/minutes?minPosition=" + approval.json().path("position");

        assertThat(http.get("medlem", ApiScript.PASSWORD, minutesOf).status()).as("closed: the body's own").isEqualTo(403);

        JsonNode opened = api.post("admin", "/api/bodies/" + body + "/approved-minutes", "{\"open\":true}");
        String after = "?minPosition=" + opened.path("position").asLong();
        assertThat(http.get("medlem", ApiScript.PASSWORD, "/api/meetings/" + approved + "/minutes" + after).status())
                .isEqualTo(200);
        assertThat(http.get("medlem", ApiScript.PASSWORD, "/api/meetings/" + approved + "/minutes.pdf").status())
                .isEqualTo(200);
        assertThat(http.get("medlem", ApiScript.PASSWORD, "/api/meetings/" + coming + "/minutes").status())
                .as("minutes still to be approved").isEqualTo(403);
        assertThat(http.get("medlem", ApiScript.PASSWORD, "/api/history/meetings/" + approved).status())
                .as("the history stays the readers'").isEqualTo(403);
        assertThat(ids(http.get("medlem", ApiScript.PASSWORD, "/api/meetings?bodyId=" + body).json()))
                .containsExactly(approved);
        assertThat(ids(http.get("medlem", ApiScript.PASSWORD, "/api/meetings").json())).contains(approved)
                .doesNotContain(coming);

        JsonNode closed = api.post("admin", "/api/bodies/" + body + "/approved-minutes", "{\"open\":false}");
        assertThat(http.get("medlem", ApiScript.PASSWORD, "/api/meetings/" + approved + "/minutes?minPosition="
                + closed.path("position").asLong()).status()).isEqualTo(403);
        assertThat(http.get("medlem", ApiScript.PASSWORD, "/api/meetings?bodyId=" + body).status()).isEqualTo(403);
        assertThat(api.refusedPost(400, "admin", "/api/bodies/" + body + "/approved-minutes", "{}")
                .path("errors").get(0).path("field").asText()).isEqualTo("open");
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(node -> ids.add(node.path("id").asText()));
        return ids;
    }
}
