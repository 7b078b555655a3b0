package dk.protokol.infra.minutes;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.command.meeting.JdbcMeetingLookup;
import dk.protokol.command.meeting.TacitApprovals;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dk.protokol.infra.support.ApiScript.inMeeting;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, item 3 end to end on PostgreSQL with the demo organisation and the real access policy: a body sets an
 * objection period with tacit approval; circulated minutes take comments from members until the period ends; the
 * scheduled check approves nothing while a comment is unanswered, and approves the minutes as the system once the
 * secretary has answered it, recorded as the usual approval event with who = the system and the rule that applied.
 */
@SpringBootTest(classes = ProtokolApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"protokol.demo-data=true", "protokol.minutes.tacit-approval-interval=0",
                "protokol.test.context=minutes-out-for-comment"})
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class MinutesOutForCommentEndToEndTest {

    private static final String SEK = "sekretaer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    JdbcMeetingLookup meetings;
    @Autowired
    CommandGateway commands;

    /** The scheduled check as it runs {@code days} from now. */
    private List<?> tacitApprovalsIn(int days) {
        Clock later = Clock.offset(clock, Duration.ofDays(days));
        return new TacitApprovals(meetings, commands, later, Duration.ZERO).approveDue();
    }

    @Test
    void silenceApprovesTheMinutesOnlyOnceEveryCommentIsAnswered() {
        ApiScript api = new ApiScript(port, jdbc);
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        api.post("admin", "/api/bodies/" + bps + "/objection-period", "{\"objectionDays\":5,\"tacitApproval\":true}");
        JsonNode tooLong = api.refusedPost(400, "admin", "/api/bodies/" + bps + "/objection-period",
                "{\"objectionDays\":91,\"tacitApproval\":true}");
        assertThat(tooLong.path("errors").get(0).path("message").asText())
                .isEqualTo("Indsigelsesfristen må højst være 90 dage.");
        api.refusedPost(403, SEK, "/api/bodies/" + bps + "/objection-period",
                "{\"objectionDays\":3,\"tacitApproval\":true}");
        // the read side's setting (objection_period_body) as the administrator's body page shows it, on PostgreSQL
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                new dk.protokol.infra.web.Http(port).get("admin", ApiScript.PASSWORD, "/organisation/admin/organer/"
                        + bps).body().contains("Medlemmerne kan give bemærkninger i 5 dage; er der ingen ubesvarede"));

        String meeting = closedMeeting(api, bps);
        api.post(SEK, inMeeting(meeting, "/minutes/circulate"), "{}");
        JsonNode round = api.get(SEK, inMeeting(meeting, "/minutes")).path("commentRound");
        assertThat(round.path("objectionDays").asInt()).isEqualTo(5);
        assertThat(round.path("tacitApproval").asBoolean()).isTrue();
        Instant endsAt = Instant.parse(round.path("endsAt").asText());
        assertThat(endsAt).isAfter(clock.instant().plus(Duration.ofDays(5)))
                .isBefore(clock.instant().plus(Duration.ofDays(6)).plusSeconds(1));

        // a member comments; an evaluator reads everything but comments nothing; an empty comment is refused
        String comment = api.create("medlem", inMeeting(meeting, "/minutes/comments"),
                "{\"text\":\"Punktet om budgettet gengiver ikke forbeholdet.\"}");
        api.refusedPost(403, "evaluator", inMeeting(meeting, "/minutes/comments"), "{\"text\":\"Kommentar\"}");
        JsonNode empty = api.refusedPost(400, "medlem", inMeeting(meeting, "/minutes/comments"), "{\"text\":\" \"}");
        assertThat(empty.path("errors").get(0).path("message").asText()).isEqualTo("Skriv din bemærkning til referatet.");
        JsonNode open = api.get("formand", inMeeting(meeting, "/minutes")).path("commentRound").path("comments").get(0);
        assertThat(open.path("text").asText()).isEqualTo("Punktet om budgettet gengiver ikke forbeholdet.");
        assertThat(open.path("resolution").isMissingNode() || open.path("resolution").isNull()).isTrue();

        // the period has not ended: nothing; it has, but the comment is open: still nothing
        assertThat(tacitApprovalsIn(0)).isEmpty();
        assertThat(tacitApprovalsIn(7)).isEmpty();
        assertThat(api.get(SEK, inMeeting(meeting, "/minutes")).path("status").asText()).isEqualTo("MINUTES_CIRCULATED");

        // the secretary notes the comment; the next check approves the minutes as the system
        api.refusedPost(403, "medlem", inMeeting(meeting, "/minutes/comments/" + comment + "/answer"),
                "{\"resolution\":\"NOTED\",\"text\":\"Forbeholdet står under beslutningen.\"}");
        api.post(SEK, inMeeting(meeting, "/minutes/comments/" + comment + "/answer"),
                "{\"resolution\":\"NOTED\",\"text\":\"Forbeholdet står under beslutningen.\"}");
        JsonNode again = api.refusedPost(409, SEK, inMeeting(meeting, "/minutes/comments/" + comment + "/answer"),
                "{\"resolution\":\"CORRECTED\",\"text\":\"Igen\"}");
        assertThat(again.path("rule").asText()).isEqualTo("CommentAnsweredOnlyOnce");
        assertThat(tacitApprovalsIn(7)).hasSize(1);
        assertThat(tacitApprovalsIn(8)).isEmpty();

        // the approval was sent by the check, not through this script: wait for the view to show it
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                api.get(SEK, inMeeting(meeting, "/minutes")).path("status").asText().equals("MINUTES_APPROVED"));
        JsonNode approved = api.get(SEK, inMeeting(meeting, "/minutes"));
        assertThat(approved.path("approvedBy").isMissingNode() || approved.path("approvedBy").isNull()).isTrue();
        assertThat(approved.path("commentRound").path("tacitlyApproved").asBoolean()).isTrue();
        JsonNode events = api.get("evaluator", "/api/audit/events?aggregateId=" + meeting + "&limit=1000");
        JsonNode approval = events.get(events.size() - 1);
        assertThat(approval.path("eventType").asText()).endsWith("MinutesApproved");
        assertThat(approval.path("revision").asText()).isEqualTo("2");
        assertThat(approval.path("who").asText()).isEqualTo("system");
        assertThat(approval.path("payload").asText()).contains("\"rule\":\"TacitApprovalAfterObjectionPeriod\"");
        JsonNode late = api.refusedPost(409, "medlem", inMeeting(meeting, "/minutes/comments"),
                "{\"text\":\"For sent\"}");
        assertThat(late.path("rule").asText()).isEqualTo("CommentsOnlyOnCirculatedMinutes");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cmd_tacit_approval_due", Integer.class)).isZero();
    }

    @Test
    void aBodyThatHasNotChosenTacitApprovalWaitsForItsChair() {
        ApiScript api = new ApiScript(port, jdbc);
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        String meeting = closedMeeting(api, fku);
        api.post(SEK, inMeeting(meeting, "/minutes/circulate"), "{}");
        JsonNode round = api.get(SEK, inMeeting(meeting, "/minutes")).path("commentRound");
        assertThat(round.path("objectionDays").asInt()).isEqualTo(8);
        assertThat(round.path("tacitApproval").asBoolean()).isFalse();
        assertThat(tacitApprovalsIn(30)).isEmpty();
        assertThat(api.get(SEK, inMeeting(meeting, "/minutes")).path("status").asText()).isEqualTo("MINUTES_CIRCULATED");
    }

    private String closedMeeting(ApiScript api, String body) {
        String today = LocalDate.now(clock).toString();
        String meeting = api.create(SEK, "/api/meetings", "{\"bodyId\":\"" + body + "\",\"start\":\"" + today
                + "T09:00\",\"expectedEnd\":\"" + today + "T11:00\",\"location\":\"Vejle Rådhus\"}");
        api.create(SEK, inMeeting(meeting, "/agenda-items"), "{\"title\":\"Budget 2027\",\"kind\":\"DISCUSSION\"}");
        api.post(SEK, inMeeting(meeting, "/agenda/publish"), "{}");
        api.post(SEK, inMeeting(meeting, "/open"), "{}");
        api.post(SEK, inMeeting(meeting, "/close"), "{}");
        return meeting;
    }
}
