package dk.protokol.infra.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.web.client.RestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 3's acceptance: a secretary records a BPS meeting of the demo organisation end to end through the
 * API, the chair approves, and the minutes read the same as JSON, Markdown and PDF; a later correction
 * stands beside the original, and {@code asOf} shows the minutes as recorded before it. Broken rules are
 * refused (409 naming the rule) and record nothing; Danish search finds "budget" for "budgettet".
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "protokol.demo-data=true")
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class MeetingEndToEndTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Http http;
    long position;

    @Test
    void aMeetingFromAgendaToApprovedMinutesAndACorrection() throws Exception {
        http = new Http(port);
        position = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        JsonNode vejle = organisation(http.get("evaluator", "demo",
                "/api/org-chart?organisation=BolivVejle&minPosition=" + position).json());
        String bps = bodyId(vejle, "Boligpolitisk Styregruppe");
        String fku = bodyId(vejle, "Forum for Koordination og Udvikling");
        JsonNode bpsMembers = http.get("evaluator", "demo", "/api/bodies/" + bps + "?minPosition=" + position).json()
                .path("members");
        List<JsonNode> voting = new ArrayList<>();
        String chairName = null;
        for (JsonNode member : bpsMembers) {
            String role = member.path("role").asText();
            if (role.equals("CHAIR")) {
                chairName = member.path("name").asText();
            }
            if (List.of("CHAIR", "VICE_CHAIR", "MEMBER").contains(role)) {
                voting.add(member);
            }
        }
        assertThat(voting).hasSizeGreaterThanOrEqualTo(7);
        JsonNode absentee = voting.get(voting.size() - 1);
        JsonNode remarker = voting.get(1);

        // the secretary schedules and builds the agenda
        String meeting = created(sek("/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"2026-11-19T14:00\","
                + "\"expectedEnd\":\"2026-11-19T16:00\",\"location\":\"Vejle Rådhus, mødelokale 2\"}"));
        String budgetItem = created(sek(m(meeting, "/agenda-items"), "{\"title\":\"Budget 2027 for helhedsplanen\","
                + "\"kind\":\"DECISION\",\"description\":\"Sekretariatets oplæg til budget.\"}"));
        String infoItem = created(sek(m(meeting, "/agenda-items"),
                "{\"title\":\"Orientering fra kvartererne\",\"kind\":\"INFORMATION\"}"));
        ok(sek(m(meeting, "/agenda/publish"), "{}"));

        // attendance: every voting member but one present, one apology
        for (JsonNode member : voting) {
            String status = member == absentee ? "APOLOGIES" : "PRESENT";
            ok(sek(m(meeting, "/attendance"), "{\"personId\":\"" + member.path("personId").asText()
                    + "\",\"status\":\"" + status + "\"}"));
        }
        ok(sek(m(meeting, "/open"), "{}"));
        ok(sek(m(meeting, "/agenda-items/" + budgetItem + "/notes"),
                "{\"text\":\"Sekretariatet gennemgik oplægget. Der var enighed om rammen.\"}"));
        String decision = created(sek(m(meeting, "/agenda-items/" + budgetItem + "/decisions"),
                "{\"text\":\"Rammen for budget 2027 godkendes.\",\"outcome\":\"ADOPTED\","
                        + "\"recommendation\":\"Sekretariatet indstiller, at rammen godkendes.\","
                        + "\"votesFor\":" + (voting.size() - 1) + ",\"votesAgainst\":0,\"abstentions\":0}"));
        ok(sek(m(meeting, "/decisions/" + decision + "/remarks"), "{\"personId\":\"" + remarker.path("personId").asText()
                + "\",\"text\":\"Ønsker ført til protokols, at boligforeningerne bidrager med medfinansiering.\"}"));
        String owner = remarker.path("personId").asText();
        created(sek(m(meeting, "/agenda-items/" + budgetItem + "/actions"), "{\"description\":\"Udarbejde detaljeret "
                + "budget til næste møde\",\"ownerId\":\"" + owner + "\",\"dueDate\":\"2027-01-31\",\"decisionId\":\""
                + decision + "\"}"));
        created(sek(m(meeting, "/agenda-items/" + budgetItem + "/referrals"),
                "{\"targetBodyId\":\"" + fku + "\",\"note\":\"FKU udarbejder implementeringsplan.\"}"));

        // a broken rule is refused, named, and records nothing
        JsonNode notADecisionItem = refused(() -> sek(m(meeting, "/agenda-items/" + infoItem + "/decisions"),
                "{\"text\":\"Taget til efterretning\",\"outcome\":\"ADOPTED\"}"), 409).json();
        assertThat(notADecisionItem.path("rule").asText()).isEqualTo("DecisionsOnlyOnDecisionItems");

        ok(sek(m(meeting, "/close"), "{}"));
        ok(sek(m(meeting, "/minutes/circulate"), "{}"));
        refused(() -> sek(m(meeting, "/minutes/approve"), "{}"), 403); // the secretary is not the chair
        ok(http.post("formand", "demo", m(meeting, "/minutes/approve"), "{}"));
        JsonNode twice = refused(() -> http.post("formand", "demo", m(meeting, "/minutes/approve"), "{}"), 409).json();
        assertThat(twice.path("rule").asText()).isEqualTo("MinutesApprovedOnlyOnce");
        JsonNode locked = refused(() -> sek(m(meeting, "/agenda-items/" + budgetItem + "/notes"),
                "{\"text\":\"Ændret tekst\"}"), 409).json();
        assertThat(locked.path("rule").asText()).isEqualTo("ApprovedMinutesNeverChange");

        // the minutes as JSON
        JsonNode minutes = http.get("medlem", "demo", m(meeting, "/minutes?minPosition=" + position)).json();
        assertThat(minutes.path("status").asText()).isEqualTo("MINUTES_APPROVED");
        assertThat(minutes.path("location").asText()).isEqualTo("Vejle Rådhus, mødelokale 2");
        assertThat(minutes.path("present").findValuesAsText("name")).hasSize(voting.size() - 1).contains(chairName);
        assertThat(minutes.path("apologies").findValuesAsText("name")).containsExactly(absentee.path("name").asText());
        JsonNode item = agendaItem(minutes, budgetItem);
        assertThat(item.path("decisions").get(0).path("text").asText()).isEqualTo("Rammen for budget 2027 godkendes.");
        assertThat(item.path("decisions").get(0).path("remarks").get(0).path("text").asText()).contains("medfinansiering");
        assertThat(item.path("actions").get(0).path("description").asText()).contains("detaljeret budget");
        assertThat(item.path("referrals").get(0).path("targetBodyName").asText())
                .isEqualTo("Forum for Koordination og Udvikling");

        // as Markdown and PDF: the same content
        String markdown = text("/api/meetings/" + meeting + "/minutes.md");
        String pdf = pdfText("/api/meetings/" + meeting + "/minutes.pdf");
        for (String document : List.of(markdown, pdf)) {
            assertThat(document).contains(chairName, absentee.path("name").asText(), remarker.path("name").asText(),
                    "Rammen for budget 2027 godkendes.", "medfinansiering", "Udarbejde detaljeret", "Afbud",
                    "Mødested");
        }

        // a correction beside the original; asOf before it shows the original only
        Instant beforeCorrection = Instant.now();
        await().pollDelay(Duration.ofMillis(20)).until(() -> true);
        ok(sek(m(meeting, "/minutes/corrections"), "{\"itemId\":\"" + budgetItem + "\",\"text\":\"Rammen for budget "
                + "2027 godkendes med en reserve på 5 pct.\",\"reason\":\"Reserven blev vedtaget men ikke ført til referat.\"}"));
        JsonNode corrected = http.get("medlem", "demo", m(meeting, "/minutes?minPosition=" + position)).json();
        assertThat(agendaItem(corrected, budgetItem).path("decisions").get(0).path("text").asText())
                .isEqualTo("Rammen for budget 2027 godkendes.");
        assertThat(corrected.path("corrections").findValuesAsText("text")).anyMatch(t -> t.contains("reserve på 5 pct."));
        JsonNode original = http.get("medlem", "demo", m(meeting, "/minutes?asOf=" + beforeCorrection)).json();
        assertThat(original.path("corrections")).isEmpty();
        assertThat(agendaItem(original, budgetItem).path("decisions").get(0).path("text").asText())
                .isEqualTo("Rammen for budget 2027 godkendes.");

        // Danish full-text search: "budgettet" finds the decision that says "budget"
        JsonNode found = http.get("evaluator", "demo", "/api/decisions?q=budgettet&minPosition=" + position).json();
        assertThat(found.findValuesAsText("decisionId")).contains(decision);

        // the calendar of the meeting
        String ics = text("/api/meetings/" + meeting + ".ics");
        assertThat(ics).contains("BEGIN:VCALENDAR", "TZID=Europe/Copenhagen", meeting);
    }

    private static String m(String meeting, String path) {
        return "/api/meetings/" + meeting + path;
    }

    private Http.Answer sek(String path, String json) {
        return http.post("sekretaer", "demo", path, json);
    }

    private String created(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        position = Math.max(position, answer.json().path("position").asLong());
        return answer.json().path("id").asText();
    }

    private void ok(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isIn(200, 201);
        position = Math.max(position, answer.json().path("position").asLong());
    }

    private Http.Answer refused(Supplier<Http.Answer> request, int status) {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        Http.Answer answer = request.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
        return answer;
    }

    private static JsonNode organisation(JsonNode chart) {
        return chart.path("organisations").get(0);
    }

    private static String bodyId(JsonNode organisation, String name) {
        List<JsonNode> all = new ArrayList<>();
        collect(organisation.path("bodies"), all);
        return all.stream().filter(b -> b.path("name").asText().equals(name)).findFirst().orElseThrow()
                .path("id").asText();
    }

    private static void collect(JsonNode bodies, List<JsonNode> into) {
        for (JsonNode body : bodies) {
            into.add(body);
            collect(body.path("children"), into);
        }
    }

    private static JsonNode agendaItem(JsonNode minutes, String itemId) {
        for (JsonNode item : minutes.path("agenda")) {
            if (item.path("itemId").asText().equals(itemId)) {
                return item;
            }
        }
        throw new AssertionError("item " + itemId + " missing in " + minutes);
    }

    private byte[] bytes(String path) {
        return RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://127.0.0.1:" + port).build()
                .get().uri(path + (path.contains("?") ? "&" : "?") + "minPosition=" + position)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder()
                        .encodeToString("medlem:demo".getBytes(StandardCharsets.UTF_8)))
                .accept(MediaType.ALL)
                .retrieve().body(byte[].class);
    }

    private String text(String path) {
        return new String(bytes(path), StandardCharsets.UTF_8);
    }

    private String pdfText(String path) throws Exception {
        try (PDDocument document = Loader.loadPDF(bytes(path))) {
            return new PDFTextStripper().getText(document);
        }
    }
}
