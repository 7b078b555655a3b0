package dk.protokol.infra.minutes;

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
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 14, item 5 end to end on PostgreSQL, read as the public reads it (no login): the public page, the PDF and the
 * Atom feed show the approved minutes of a body that publishes them and answer 404 for everything else, over every
 * status a meeting can have and both settings, and for a body that never published.
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protokol.demo-data=true", "protokol.test.context=publication"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class PublicationEndToEndTest {

    private static final String SEK = "sekretaer";
    private final HttpClient anonymous = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void onlyApprovedMinutesOfAPublishingBodyArePublic() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        // one meeting of BPS in every status
        Map<String, String> byStatus = new LinkedHashMap<>();
        byStatus.put("SCHEDULED", meeting(api, bps, 1));
        byStatus.put("CANCELLED", meeting(api, bps, 2));
        api.post(SEK, inMeeting(byStatus.get("CANCELLED"), "/cancel"), "{\"reason\":\"For få kan komme\"}");
        byStatus.put("AGENDA_PUBLISHED", meeting(api, bps, 3));
        api.post(SEK, inMeeting(byStatus.get("AGENDA_PUBLISHED"), "/agenda/publish"), "{}");
        byStatus.put("OPEN", opened(api, bps, 4));
        byStatus.put("CLOSED", opened(api, bps, 5));
        api.post(SEK, inMeeting(byStatus.get("CLOSED"), "/close"), "{}");
        byStatus.put("MINUTES_CIRCULATED", opened(api, bps, 6));
        api.post(SEK, inMeeting(byStatus.get("MINUTES_CIRCULATED"), "/close"), "{}");
        api.post(SEK, inMeeting(byStatus.get("MINUTES_CIRCULATED"), "/minutes/circulate"), "{}");
        String approved = opened(api, bps, 7);
        String chair = jdbc.queryForObject("SELECT CAST(person_id AS VARCHAR(36)) FROM account WHERE username = ?",
                String.class, "formand");
        api.post(SEK, inMeeting(approved, "/attendance"), "{\"personId\":\"" + chair + "\",\"status\":\"PRESENT\"}");
        api.post(SEK, inMeeting(approved, "/agenda-items/" + firstDecisionItem(api, approved) + "/decisions"),
                "{\"text\":\"Handleplanen for Løget <godkendes> & sendes videre.\",\"outcome\":\"POSTPONED\"}");
        String item = firstDecisionItem(api, approved);
        Uploads uploads = new Uploads(port);
        byte[] shared = ("%PDF-1.7\n% offentligt " + approved + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
        String publicBilag = uploads.upload(SEK, inMeeting(approved, "/agenda-items/" + item + "/attachments"),
                "Handleplan for Løget.pdf", "application/pdf", shared, Map.of("public", "true")).text()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        String internalBilag = uploads.upload(SEK, inMeeting(approved, "/agenda-items/" + item + "/attachments"),
                "Intern økonomi.pdf", "application/pdf", ("%PDF-1.7\n% internt " + approved + "\n%%EOF\n")
                        .getBytes(StandardCharsets.UTF_8), Map.of()).text()
                .replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        api.post(SEK, inMeeting(approved, "/close"), "{}");
        api.post(SEK, inMeeting(approved, "/minutes/circulate"), "{}");
        api.post("formand", inMeeting(approved, "/minutes/approve"), "{}");
        byStatus.put("MINUTES_APPROVED", approved);
        String fkuApproved = opened(api, fku, 8);
        api.post(SEK, inMeeting(fkuApproved, "/close"), "{}");
        api.post(SEK, inMeeting(fkuApproved, "/minutes/circulate"), "{}");
        api.get(SEK, inMeeting(fkuApproved, "/minutes"));

        // not published yet: everything 404, and no body is listed
        assertThat(everyAnswer(bps, byStatus)).containsOnly(404);
        assertThat(status("/offentlig/organer/" + bps + "/feed.atom")).isEqualTo(404);
        assertThat(text("/offentlig")).doesNotContain(bps);

        // published: the approved minutes only
        api.post("admin", "/api/bodies/" + bps + "/publication", "{\"publish\":true}");
        await().atMost(Duration.ofSeconds(10)).until(() -> status("/offentlig/organer/" + bps) == 200);
        for (Map.Entry<String, String> meeting : byStatus.entrySet()) {
            int expected = meeting.getKey().equals("MINUTES_APPROVED") ? 200 : 404;
            assertThat(status(pdf(bps, meeting.getValue()))).as(meeting.getKey()).isEqualTo(expected);
        }
        String page = text("/offentlig/organer/" + bps);
        assertThat(page).contains("moede-" + approved).contains("Handleplanen for Løget &lt;godkendes&gt; &amp; sendes videre.");
        byStatus.forEach((status, id) -> {
            if (!status.equals("MINUTES_APPROVED")) {
                assertThat(page).as(status).doesNotContain(id);
            }
        });
        assertThat(text("/offentlig")).contains(bps).doesNotContain(fku);
        // the bilag marked public is shown and read without login, the same bytes; the other is not
        assertThat(page).contains("Handleplan for Løget.pdf").doesNotContain("Intern økonomi.pdf");
        assertThat(get("/offentlig/organer/" + bps + "/bilag/" + publicBilag).body()).isEqualTo(shared);
        assertThat(status("/offentlig/organer/" + bps + "/bilag/" + internalBilag)).isEqualTo(404);
        assertThat(status("/offentlig/organer/" + fku + "/bilag/" + publicBilag)).isEqualTo(404);
        assertThat(status("/bilag/" + publicBilag)).isIn(302, 401);
        assertThat(status("/api/attachments/" + publicBilag)).isEqualTo(401);
        HttpResponse<byte[]> pdf = get(pdf(bps, approved));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // the feed, parsed back: the approved meeting with its decision (beside the demo's approved ones), no other
        HttpResponse<byte[]> feed = get("/offentlig/organer/" + bps + "/feed.atom");
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        Document atom = xml.newDocumentBuilder().parse(new ByteArrayInputStream(feed.body()));
        NodeList entries = atom.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> entryTexts = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            entryTexts.add(entries.item(i).getTextContent());
        }
        assertThat(entryTexts).filteredOn(entry -> entry.contains("urn:uuid:" + approved)).singleElement()
                .asString().contains("Handleplanen for Løget <godkendes> & sendes videre.");
        byStatus.forEach((status, id) -> {
            if (!status.equals("MINUTES_APPROVED")) {
                assertThat(entryTexts).as(status).noneMatch(entry -> entry.contains(id));
            }
        });
        // a meeting of another body is not shown under this one; a body that does not publish is not found
        assertThat(status(pdf(bps, fkuApproved))).isEqualTo(404);
        assertThat(status(pdf(fku, fkuApproved))).isEqualTo(404);
        assertThat(status("/offentlig/organer/" + fku)).isEqualTo(404);
        assertThat(status("/offentlig/organer/" + java.util.UUID.randomUUID())).isEqualTo(404);
        // nothing else opens to the public with it
        assertThat(status("/api/meetings/" + approved + "/minutes")).isEqualTo(401);
        assertThat(status("/moeder/" + approved)).isIn(302, 401);

        // unpublished again: everything 404
        api.post("admin", "/api/bodies/" + bps + "/publication", "{\"publish\":false}");
        await().atMost(Duration.ofSeconds(10)).until(() -> status("/offentlig/organer/" + bps) == 404);
        assertThat(everyAnswer(bps, byStatus)).containsOnly(404);
        assertThat(status("/offentlig/organer/" + bps + "/feed.atom")).isEqualTo(404);
        assertThat(status("/offentlig/organer/" + bps + "/bilag/" + publicBilag)).isEqualTo(404);
    }

    private List<Integer> everyAnswer(String body, Map<String, String> meetings) throws Exception {
        List<Integer> answers = new ArrayList<>();
        answers.add(status("/offentlig/organer/" + body));
        for (String meeting : meetings.values()) {
            answers.add(status(pdf(body, meeting)));
        }
        return answers;
    }

    private static String pdf(String body, String meeting) {
        return "/offentlig/organer/" + body + "/moeder/" + meeting + "/referat.pdf";
    }

    private String meeting(ApiScript api, String body, int daysAgo) {
        String day = LocalDate.now(clock).minusDays(daysAgo).toString();
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + body + "\",\"start\":\"" + day
                + "T09:00\",\"expectedEnd\":\"" + day + "T11:00\",\"location\":\"Vejle Rådhus\"}");
        api.create(SEK, inMeeting(meeting, "/agenda-items"), "{\"title\":\"Handleplan\",\"kind\":\"DECISION\"}");
        return meeting;
    }

    private String opened(ApiScript api, String body, int daysAgo) {
        String meeting = meeting(api, body, daysAgo);
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        api.post(SEK, inMeeting(meeting, "/open"), "{}");
        return meeting;
    }

    private static String firstDecisionItem(ApiScript api, String meeting) {
        for (com.fasterxml.jackson.databind.JsonNode item : api.get(SEK, inMeeting(meeting, "/minutes")).path("agenda")) {
            if (!item.path("standing").asBoolean()) {
                return item.path("itemId").asText();
            }
        }
        throw new AssertionError("no item");
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return anonymous.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private int status(String path) throws Exception {
        return get(path).statusCode();
    }

    private String text(String path) throws Exception {
        HttpResponse<byte[]> answer = get(path);
        assertThat(answer.statusCode()).isEqualTo(200);
        return new String(answer.body(), StandardCharsets.UTF_8);
    }
}
