package dk.protokol.infra.attachments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.support.Uploads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bilag to an action's progress (issue 14) on PostgreSQL: its owner attaches a file; it is read back byte for byte
 * through the API and the pages' path, listed with the action and in its history; a file that is not what its name
 * says, or a bilag to a completed action, is refused and nothing is stored.
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protokol.demo-data=true", "protokol.test.context=action-attachments"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class ActionAttachmentApiOnPostgresTest {

    private static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void theOwnerAttachesAFileToTheProgressAndReadersGetTheSameBytes() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        Uploads uploads = new Uploads(port);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String member = jdbc.queryForObject("SELECT CAST(person_id AS VARCHAR(36)) FROM account WHERE username = ?",
                String.class, "medlem");
        String today = LocalDate.now(clock).toString();
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"" + today
                + "T09:00\",\"expectedEnd\":\"" + today + "T11:00\",\"location\":\"Vejle Rådhus\"}");
        String item = api.create(SEK, inMeeting(meeting, "/agenda-items"), "{\"title\":\"Sommerfest\",\"kind\":\"DISCUSSION\"}");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        api.post(SEK, inMeeting(meeting, "/open"), "{}");
        String action = api.create(SEK, inMeeting(meeting, "/agenda-items/" + item + "/actions"),
                "{\"description\":\"Lave plakat til sommerfesten\",\"ownerId\":\"" + member + "\",\"dueDate\":\""
                        + LocalDate.now(clock).plusDays(20) + "\"}");
        api.get(SEK, "/api/actions/" + action);

        byte[] poster = ("%PDF-1.7\n% plakat " + action + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        Uploads.Answer added = uploads.upload("medlem", "/api/actions/" + action + "/attachments",
                "Plakat, første udkast.pdf", "application/pdf", poster, Map.of());
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        JsonNode answer = new ObjectMapper().readTree(added.text());
        String attachment = answer.path("id").asText();
        assertThat(answer.path("sha256").asText())
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(poster)));

        Uploads.Answer viaApi = uploads.get("medlem", "/api/attachments/" + attachment + "?minPosition="
                + answer.path("position").asLong());
        assertThat(viaApi.status()).isEqualTo(200);
        assertThat(viaApi.body()).isEqualTo(poster);
        assertThat(viaApi.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(uploads.get(SEK, "/bilag/" + attachment).body()).as("the pages' path").isEqualTo(poster);
        assertThat(uploads.get(null, "/api/attachments/" + attachment).status()).isEqualTo(401);

        JsonNode detail = api.get("medlem", "/api/actions/" + action + "?minPosition=" + answer.path("position").asLong());
        assertThat(detail.path("attachments").get(0).path("fileName").asText()).isEqualTo("Plakat, første udkast.pdf");
        assertThat(detail.path("history").findValuesAsText("kind")).containsExactly("OPENED", "ATTACHMENT_ADDED");

        // an executable named .pdf: 400 in Danish, nothing recorded, nothing stored
        long events = count("SELECT COUNT(*) FROM domain_event_entry");
        long contents = count("SELECT COUNT(*) FROM attachment_content");
        Uploads.Answer refused = uploads.upload("medlem", "/api/actions/" + action + "/attachments", "Plakat.pdf",
                "application/pdf", new byte[]{'M', 'Z', 0, 1, 2, 3, 4, 5}, Map.of());
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("Filen er ikke en PDF, DOCX, XLSX, ODT, PNG eller JPEG");
        // a completed action takes no bilag
        api.post("medlem", "/api/actions/" + action + "/complete", "{}");
        long afterCompletion = count("SELECT COUNT(*) FROM domain_event_entry");
        Uploads.Answer late = uploads.upload("medlem", "/api/actions/" + action + "/attachments", "Efter.pdf",
                "application/pdf", ("%PDF-1.7\n% efter " + action + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.text()).contains("ActionMustBeOpenToProgress");
        assertThat(count("SELECT COUNT(*) FROM domain_event_entry")).isEqualTo(afterCompletion);
        assertThat(count("SELECT COUNT(*) FROM attachment_content")).isEqualTo(contents);
        assertThat(afterCompletion).isEqualTo(events + 1);
    }

    private long count(String sql) {
        Long value = jdbc.queryForObject(sql, Long.class);
        return value == null ? 0 : value;
    }
}
