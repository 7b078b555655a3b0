package dk.protokol.infra.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static dk.protokol.infra.support.ApiScript.agendaItem;
import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's write side end to end on PostgreSQL with the demo organisation and the real access policy: an action
 * agreed at a BPS meeting becomes an ActionItem in the same transaction; its owner (the {@code medlem} user)
 * reports progress and completes it, but may not complete a colleague's action or move a due date; a case FKU
 * refers to BPS is put on a BPS meeting by the secretary, once. Refusals record nothing.
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protokol.demo-data=true", "protokol.test.context=action-follow-up"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class ActionFollowUpEndToEndTest {

    private static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void anAgreedActionIsFollowedUpByItsOwnerAndAReferredCaseTakenUpOnce() {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        String member = jdbc.queryForObject("SELECT CAST(person_id AS VARCHAR(36)) FROM account WHERE username = ?",
                String.class, "medlem");
        String colleague = null;
        for (JsonNode m : api.members(bps, "MEMBER")) {
            if (!m.path("personId").asText().equals(member)) {
                colleague = m.path("personId").asText();
            }
        }
        assertThat(colleague).isNotNull();

        // a BPS meeting today agrees two actions: one for the medlem user, one for a colleague
        String today = LocalDate.now(clock).toString();
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"" + today
                + "T09:00\",\"expectedEnd\":\"" + today + "T11:00\",\"location\":\"Vejle Rådhus\"}");
        String item = api.create(SEK, inMeeting(meeting, "/agenda-items"),
                "{\"title\":\"Handleplan 2027\",\"kind\":\"DECISION\"}");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        api.post(SEK, inMeeting(meeting, "/open"), "{}");
        api.post(SEK, inMeeting(meeting, "/attendance"), "{\"personId\":\"" + member + "\",\"status\":\"PRESENT\"}");
        String own = api.create(SEK, inMeeting(meeting, "/agenda-items/" + item + "/actions"), "{\"description\":"
                + "\"Send handleplanen til afdelingsbestyrelserne\",\"ownerId\":\"" + member + "\",\"dueDate\":\""
                + LocalDate.now(clock).plusMonths(1) + "\"}");
        String colleagues = api.create(SEK, inMeeting(meeting, "/agenda-items/" + item + "/actions"),
                "{\"description\":\"Indhent tal\",\"ownerId\":\"" + colleague + "\",\"dueDate\":\""
                + LocalDate.now(clock).plusMonths(1) + "\"}");
        api.post(SEK, inMeeting(meeting, "/close"), "{}");
        assertThat(types(own)).containsExactly("ActionItemOpened");

        // the owner reports progress at the meeting and completes the action; nothing else is theirs to do
        api.post("medlem", "/api/actions/" + own + "/progress",
                "{\"note\":\"Udkastet er sendt til høring\",\"meetingId\":\"" + meeting + "\"}");
        api.refusedPost(403, "medlem", "/api/actions/" + colleagues + "/complete", "{}");
        api.refusedPost(403, "medlem", "/api/actions/" + own + "/due-date",
                "{\"dueDate\":\"" + LocalDate.now(clock).plusMonths(2) + "\",\"reason\":\"Travlt\"}");
        String fkuMeeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + fku + "\",\"start\":\"" + today
                + "T10:00\",\"expectedEnd\":\"" + today + "T12:00\",\"location\":\"Sekretariatet\"}");
        JsonNode elsewhere = api.refusedPost(409, "medlem", "/api/actions/" + own + "/progress",
                "{\"note\":\"Status\",\"meetingId\":\"" + fkuMeeting + "\"}");
        assertThat(elsewhere.path("rule").asText()).isEqualTo("ProgressAtAMeetingOfTheActionsBody");
        api.post("medlem", "/api/actions/" + own + "/complete", "{\"note\":\"Sendt\"}");
        JsonNode twice = api.refusedPost(409, "medlem", "/api/actions/" + own + "/complete", "{}");
        assertThat(twice.path("rule").asText()).isEqualTo("ActionAlreadyCompleted");

        // the chair reopens it; the secretary moves the colleague's due date and gives it to the member
        api.post("formand", "/api/actions/" + own + "/reopen", "{\"reason\":\"Løget mangler\"}");
        api.post(SEK, "/api/actions/" + colleagues + "/due-date", "{\"dueDate\":\"" + LocalDate.now(clock).plusMonths(2)
                + "\",\"reason\":\"Afventer budgettet\"}");
        api.post(SEK, "/api/actions/" + colleagues + "/reassign", "{\"ownerId\":\"" + member + "\"}");
        api.post("medlem", "/api/actions/" + colleagues + "/complete", "{}");

        JsonNode action = api.get("medlem", "/api/actions/" + own);
        assertThat(action.path("status").asText()).isEqualTo("OPEN");
        assertThat(action.path("history").findValuesAsText("kind"))
                .containsExactly("OPENED", "PROGRESS_REPORTED", "COMPLETED", "REOPENED");
        assertThat(types(own)).containsExactly("ActionItemOpened", "ActionProgressReported", "ActionCompleted",
                "ActionReopened");

        // FKU refers a case to BPS; the secretary of BPS puts it on a BPS meeting, once
        String budget = api.create(SEK, inMeeting(fkuMeeting, "/agenda-items"),
                "{\"title\":\"Budget for helhedsplanen\",\"kind\":\"DISCUSSION\"}");
        api.post(SEK, inMeeting(fkuMeeting, "/agenda/publish"), "{}");
        api.post(SEK, inMeeting(fkuMeeting, "/open"), "{}");
        String referral = api.create(SEK, inMeeting(fkuMeeting, "/agenda-items/" + budget + "/referrals"),
                "{\"targetBodyId\":\"" + bps + "\",\"note\":\"BPS bedes godkende budgettet.\"}");
        LocalDate nextMonth = LocalDate.now(clock).plusMonths(1);
        String next = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"" + nextMonth
                + "T14:00\",\"expectedEnd\":\"" + nextMonth + "T16:00\",\"location\":\"Vejle Rådhus\"}");
        api.refusedPost(403, "formand", "/api/referrals/" + referral + "/accept", "{\"meetingId\":\"" + next + "\"}");
        api.refusedPost(409, SEK, "/api/referrals/" + referral + "/accept", "{\"meetingId\":\"" + meeting + "\"}");
        String accepted = api.create(SEK, "/api/referrals/" + referral + "/accept", "{\"meetingId\":\"" + next + "\"}");
        JsonNode again = api.refusedPost(409, SEK, "/api/referrals/" + referral + "/accept",
                "{\"meetingId\":\"" + next + "\"}");
        assertThat(again.path("rule").asText()).isEqualTo("ReferralAcceptedOnlyOnce");

        JsonNode taken = agendaItem(api.get(SEK, inMeeting(next, "/minutes")), accepted);
        assertThat(taken.path("title").asText()).isEqualTo("Budget for helhedsplanen");
        assertThat(taken.path("referredFrom").path("fromBodyName").asText())
                .isEqualTo("Forum for Koordination og Udvikling");
    }

    private List<String> types(String aggregateId) {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " ORDER BY sequence_number", String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
    }
}
