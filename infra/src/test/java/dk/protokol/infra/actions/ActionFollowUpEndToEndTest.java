package dk.protokol.infra.actions;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import dk.protokol.infra.web.Http;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

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

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    Http http;
    long position;

    @Test
    void anAgreedActionIsFollowedUpByItsOwnerAndAReferredCaseTakenUpOnce() {
        http = new Http(port);
        position = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        JsonNode vejle = http.get("evaluator", "demo", "/api/org-chart?organisation=BolivVejle&minPosition="
                + position).json().path("organisations").get(0);
        String bps = bodyId(vejle, "Boligpolitisk Styregruppe");
        String fku = bodyId(vejle, "Forum for Koordination og Udvikling");
        String member = jdbc.queryForObject("SELECT CAST(person_id AS VARCHAR(36)) FROM account WHERE username = ?",
                String.class, "medlem");
        String colleague = null;
        for (JsonNode m : http.get("evaluator", "demo", "/api/bodies/" + bps + "?minPosition=" + position).json()
                .path("members")) {
            if (m.path("role").asText().equals("MEMBER") && !m.path("personId").asText().equals(member)) {
                colleague = m.path("personId").asText();
            }
        }
        assertThat(colleague).isNotNull();

        // a BPS meeting today agrees two actions: one for the medlem user, one for a colleague
        String today = LocalDate.now(clock).toString();
        String meeting = created(sek("/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"" + today
                + "T09:00\",\"expectedEnd\":\"" + today + "T11:00\",\"location\":\"Vejle Rådhus\"}"));
        String item = created(sek(m(meeting, "/agenda-items"),
                "{\"title\":\"Handleplan 2027\",\"kind\":\"DECISION\"}"));
        ok(sek(m(meeting, "/agenda/publish"), "{}"));
        ok(sek(m(meeting, "/open"), "{}"));
        ok(sek(m(meeting, "/attendance"), "{\"personId\":\"" + member + "\",\"status\":\"PRESENT\"}"));
        String own = created(sek(m(meeting, "/agenda-items/" + item + "/actions"), "{\"description\":"
                + "\"Send handleplanen til afdelingsbestyrelserne\",\"ownerId\":\"" + member + "\",\"dueDate\":\""
                + LocalDate.now(clock).plusMonths(1) + "\"}"));
        String colleagues = created(sek(m(meeting, "/agenda-items/" + item + "/actions"), "{\"description\":"
                + "\"Indhent tal\",\"ownerId\":\"" + colleague + "\",\"dueDate\":\""
                + LocalDate.now(clock).plusMonths(1) + "\"}"));
        ok(sek(m(meeting, "/close"), "{}"));
        assertThat(types(own)).containsExactly("ActionItemOpened");

        // the owner reports progress at the meeting and completes the action; nothing else is theirs to do
        ok(http.post("medlem", "demo", "/api/actions/" + own + "/progress",
                "{\"note\":\"Udkastet er sendt til høring\",\"meetingId\":\"" + meeting + "\"}"));
        refused(() -> http.post("medlem", "demo", "/api/actions/" + colleagues + "/complete", "{}"), 403);
        refused(() -> http.post("medlem", "demo", "/api/actions/" + own + "/due-date",
                "{\"dueDate\":\"" + LocalDate.now(clock).plusMonths(2) + "\",\"reason\":\"Travlt\"}"), 403);
        String fkuMeeting = created(sek("/api/meetings", "{\"bodyId\":\"" + fku + "\",\"start\":\"" + today
                + "T10:00\",\"expectedEnd\":\"" + today + "T12:00\",\"location\":\"Sekretariatet\"}"));
        Http.Answer elsewhere = refused(() -> http.post("medlem", "demo", "/api/actions/" + own + "/progress",
                "{\"note\":\"Status\",\"meetingId\":\"" + fkuMeeting + "\"}"), 409);
        assertThat(elsewhere.json().path("rule").asText()).isEqualTo("ProgressAtAMeetingOfTheActionsBody");
        ok(http.post("medlem", "demo", "/api/actions/" + own + "/complete", "{\"note\":\"Sendt\"}"));
        Http.Answer twice = refused(() -> http.post("medlem", "demo", "/api/actions/" + own + "/complete", "{}"),
                409);
        assertThat(twice.json().path("rule").asText()).isEqualTo("ActionAlreadyCompleted");

        // the chair reopens it; the secretary moves the colleague's due date and gives it to the member
        ok(http.post("formand", "demo", "/api/actions/" + own + "/reopen", "{\"reason\":\"Løget mangler\"}"));
        ok(sek("/api/actions/" + colleagues + "/due-date", "{\"dueDate\":\"" + LocalDate.now(clock).plusMonths(2)
                + "\",\"reason\":\"Afventer budgettet\"}"));
        ok(sek("/api/actions/" + colleagues + "/reassign", "{\"ownerId\":\"" + member + "\"}"));
        ok(http.post("medlem", "demo", "/api/actions/" + colleagues + "/complete", "{}"));

        JsonNode action = http.get("medlem", "demo", "/api/actions/" + own + "?minPosition=" + position).json();
        assertThat(action.path("status").asText()).isEqualTo("OPEN");
        assertThat(action.path("history").findValuesAsText("kind"))
                .containsExactly("OPENED", "PROGRESS_REPORTED", "COMPLETED", "REOPENED");
        assertThat(types(own)).containsExactly("ActionItemOpened", "ActionProgressReported", "ActionCompleted",
                "ActionReopened");

        // FKU refers a case to BPS; the secretary of BPS puts it on a BPS meeting, once
        String budget = created(sek(m(fkuMeeting, "/agenda-items"),
                "{\"title\":\"Budget for helhedsplanen\",\"kind\":\"DISCUSSION\"}"));
        ok(sek(m(fkuMeeting, "/agenda/publish"), "{}"));
        ok(sek(m(fkuMeeting, "/open"), "{}"));
        String referral = created(sek(m(fkuMeeting, "/agenda-items/" + budget + "/referrals"),
                "{\"targetBodyId\":\"" + bps + "\",\"note\":\"BPS bedes godkende budgettet.\"}"));
        LocalDate nextMonth = LocalDate.now(clock).plusMonths(1);
        String next = created(sek("/api/meetings", "{\"bodyId\":\"" + bps + "\",\"start\":\"" + nextMonth
                + "T14:00\",\"expectedEnd\":\"" + nextMonth + "T16:00\",\"location\":\"Vejle Rådhus\"}"));
        refused(() -> http.post("formand", "demo", "/api/referrals/" + referral + "/accept",
                "{\"meetingId\":\"" + next + "\"}"), 403);
        refused(() -> sek("/api/referrals/" + referral + "/accept", "{\"meetingId\":\"" + meeting + "\"}"), 409);
        String accepted = created(sek("/api/referrals/" + referral + "/accept", "{\"meetingId\":\"" + next + "\"}"));
        Http.Answer again = refused(() -> sek("/api/referrals/" + referral + "/accept",
                "{\"meetingId\":\"" + next + "\"}"), 409);
        assertThat(again.json().path("rule").asText()).isEqualTo("ReferralAcceptedOnlyOnce");

        JsonNode minutes = http.get("sekretaer", "demo", m(next, "/minutes?minPosition=" + position)).json();
        JsonNode taken = null;
        for (JsonNode agendaItem : minutes.path("agenda")) {
            if (agendaItem.path("itemId").asText().equals(accepted)) {
                taken = agendaItem;
            }
        }
        assertThat(taken).as(minutes.toString()).isNotNull();
        assertThat(taken.path("title").asText()).isEqualTo("Budget for helhedsplanen");
        assertThat(taken.path("referredFrom").path("fromBodyName").asText())
                .isEqualTo("Forum for Koordination og Udvikling");
    }

    private List<String> types(String aggregateId) {
        return jdbc.queryForList("SELECT payload_type FROM domain_event_entry WHERE aggregate_identifier = ?"
                        + " ORDER BY sequence_number", String.class, aggregateId).stream()
                .map(type -> type.substring(type.lastIndexOf('.') + 1)).toList();
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

    /** The answer has the status, and the store holds no event more than before. */
    private Http.Answer refused(Supplier<Http.Answer> request, int status) {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class);
        Http.Answer answer = request.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM domain_event_entry", Long.class)).isEqualTo(before);
        return answer;
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
}
