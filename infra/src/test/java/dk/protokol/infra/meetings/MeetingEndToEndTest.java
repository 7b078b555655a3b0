package dk.protokol.infra.meetings;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import dk.protokol.infra.support.RecordingTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static dk.protokol.infra.support.ApiScript.agendaItem;
import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's acceptance: a secretary records a BPS meeting of the demo organisation end to end through the
 * API, the chair approves, and the minutes read the same as JSON, Markdown and PDF; a later correction
 * stands beside the original, and {@code asOf} shows the minutes as recorded before it. Broken rules are
 * refused (409 naming the rule) and record nothing; Danish search finds "budget" for "budgettet".
 */
@DemoDataTest
class MeetingEndToEndTest {

    private static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMeetingFromAgendaToApprovedMinutesAndACorrection() throws Exception {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        List<JsonNode> voting = api.members(bps, "CHAIR", "VICE_CHAIR", "MEMBER");
        String chairName = null;
        for (JsonNode member : voting) {
            if (member.path("role").asText().equals("CHAIR")) {
                chairName = member.path("name").asText();
            }
        }
        assertThat(voting).hasSizeGreaterThanOrEqualTo(7);
        JsonNode absentee = voting.get(voting.size() - 1);
        JsonNode remarker = voting.get(1);

        // the secretary schedules and builds the agenda
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"2026-11-19T14:00\","
                + "\"expectedEnd\":\"2026-11-19T16:00\",\"location\":\"Vejle Rådhus, mødelokale 2\"}");
        String budgetItem = api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Budget 2027 for helhedsplanen\",\"kind\":\"DECISION\","
                        + "\"description\":\"Sekretariatets oplæg til budget.\"}");
        String infoItem = api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Orientering fra kvartererne\",\"kind\":\"INFORMATION\"}");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");

        // attendance: every voting member but one present, one apology
        for (JsonNode member : voting) {
            String status = member == absentee ? "APOLOGIES" : "PRESENT";
            api.post(SEK, inMeeting(meeting, "/attendance"), "{\"personId\":\"" + member.path("personId").asText()
                    + "\",\"status\":\"" + status + "\"}");
        }
        api.post(SEK, inMeeting(meeting, "/open"), "{}");
        api.post(SEK, inMeeting(meeting, "/agenda-items/" + budgetItem + "/notes"),
                "{\"text\":\"Sekretariatet gennemgik oplægget. Der var enighed om rammen.\"}");
        String decision = api.create(SEK, inMeeting(meeting, "/agenda-items/" + budgetItem + "/decisions"),
                "{\"text\":\"Rammen for budget 2027 godkendes.\",\"outcome\":\"ADOPTED\","
                        + "\"recommendation\":\"Sekretariatet indstiller, at rammen godkendes.\","
                        + "\"votesFor\":" + (voting.size() - 1) + ",\"votesAgainst\":0,\"abstentions\":0}");
        api.post(SEK, inMeeting(meeting, "/decisions/" + decision + "/remarks"),
                "{\"personId\":\"" + remarker.path("personId").asText() + "\",\"text\":\"Ønsker ført til protokols, "
                        + "at boligforeningerne bidrager med medfinansiering.\"}");
        String owner = remarker.path("personId").asText();
        api.create(SEK, inMeeting(meeting, "/agenda-items/" + budgetItem + "/actions"),
                "{\"description\":\"Udarbejde detaljeret budget til næste møde\",\"ownerId\":\"" + owner
                        + "\",\"dueDate\":\"2027-01-31\",\"decisionId\":\"" + decision + "\"}");
        api.create(SEK, inMeeting(meeting, "/agenda-items/" + budgetItem + "/referrals"),
                "{\"targetBodyId\":\"" + fku + "\",\"note\":\"FKU udarbejder implementeringsplan.\"}");

        // a broken rule is refused, named, and records nothing
        JsonNode notADecisionItem = api.refusedPost(409, SEK, inMeeting(meeting, "/agenda-items/" + infoItem
                + "/decisions"), "{\"text\":\"Taget til efterretning\",\"outcome\":\"ADOPTED\"}");
        assertThat(notADecisionItem.path("rule").asText()).isEqualTo("DecisionsOnlyOnDecisionItems");

        api.post(SEK, inMeeting(meeting, "/close"), "{}");
        api.post(SEK, inMeeting(meeting, "/minutes/circulate"), "{}");
        api.refusedPost(403, SEK, inMeeting(meeting, "/minutes/approve"), "{}"); // the secretary is not the chair
        api.post("formand", inMeeting(meeting, "/minutes/approve"), "{}");
        JsonNode twice = api.refusedPost(409, "formand", inMeeting(meeting, "/minutes/approve"), "{}");
        assertThat(twice.path("rule").asText()).isEqualTo("MinutesApprovedOnlyOnce");
        JsonNode locked = api.refusedPost(409, SEK, inMeeting(meeting, "/agenda-items/" + budgetItem + "/notes"),
                "{\"text\":\"Ændret tekst\"}");
        assertThat(locked.path("rule").asText()).isEqualTo("ApprovedMinutesNeverChange");

        // the minutes as JSON
        JsonNode minutes = api.get("medlem", inMeeting(meeting, "/minutes"));
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
        String markdown = api.text("medlem", inMeeting(meeting, "/minutes.md"));
        String pdf = pdfText(api.bytes("medlem", inMeeting(meeting, "/minutes.pdf")));
        for (String document : List.of(markdown, pdf)) {
            assertThat(document).contains(chairName, absentee.path("name").asText(), remarker.path("name").asText(),
                    "Rammen for budget 2027 godkendes.", "medfinansiering", "Udarbejde detaljeret", "Afbud",
                    "Mødested");
        }

        // a correction beside the original; asOf before it shows the original only
        Instant beforeCorrection = RecordingTime.asOfNow();
        api.post(SEK, inMeeting(meeting, "/minutes/corrections"), "{\"itemId\":\"" + budgetItem + "\",\"text\":"
                + "\"Rammen for budget 2027 godkendes med en reserve på 5 pct.\","
                + "\"reason\":\"Reserven blev vedtaget men ikke ført til referat.\"}");
        JsonNode corrected = api.get("medlem", inMeeting(meeting, "/minutes"));
        assertThat(agendaItem(corrected, budgetItem).path("decisions").get(0).path("text").asText())
                .isEqualTo("Rammen for budget 2027 godkendes.");
        assertThat(corrected.path("corrections").findValuesAsText("text")).anyMatch(t -> t.contains("reserve på 5 pct."));
        // asOf reads the history as recorded then: the minPosition that the script adds is not waited for
        JsonNode original = api.get("medlem", inMeeting(meeting, "/minutes?asOf=" + beforeCorrection));
        assertThat(original.path("corrections")).isEmpty();
        assertThat(agendaItem(original, budgetItem).path("decisions").get(0).path("text").asText())
                .isEqualTo("Rammen for budget 2027 godkendes.");

        // Danish full-text search: "budgettet" finds the decision that says "budget"
        JsonNode found = api.get("evaluator", "/api/decisions?q=budgettet");
        assertThat(found.findValuesAsText("decisionId")).contains(decision);

        // the calendar of the meeting
        String ics = api.text("medlem", "/api/meetings/" + meeting + ".ics");
        assertThat(ics).contains("BEGIN:VCALENDAR", "TZID=Europe/Copenhagen", meeting);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
