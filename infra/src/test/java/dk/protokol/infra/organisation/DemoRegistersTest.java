package dk.protokol.infra.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import dk.protokol.infra.support.ApiScript;
import dk.protokol.infra.support.DemoDataTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's registers are not empty (issue 10): on both partnerships the demo data have recorded, through the
 * commands, approved minutes, open and overdue actions, and BolivVejle's case from FKU to BPS, followed to
 * completion; minutes in every status, a substitute for a member who sent apologies, and a correction after approval.
 * Other tests add to the demo bodies, so this one asks only that what the demo recorded is there.
 */
@DemoDataTest
class DemoRegistersTest {

    static final String EVALUATOR = "evaluator";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void bothPartnershipsHaveApprovedMinutesAndOpenAndOverdueActions() {
        ApiScript api = new ApiScript(port, jdbc);
        for (String body : List.of("Boligpolitisk Styregruppe", "Forum for Koordination og Udvikling", "Bestyrelsen")) {
            String id = api.bodyId(body);
            assertThat(statuses(api.get(EVALUATOR, "/api/meetings?bodyId=" + id))).as(body)
                    .contains("MINUTES_APPROVED");
            assertThat(api.get(EVALUATOR, "/api/actions?status=OPEN&bodyId=" + id)).as(body + ": open actions")
                    .isNotEmpty();
            assertThat(api.get(EVALUATOR, "/api/actions?overdue=true&bodyId=" + id)).as(body + ": overdue actions")
                    .isNotEmpty()
                    .allSatisfy(action -> assertThat(action.path("overdue").asBoolean()).isTrue());
            assertThat(api.get(EVALUATOR, "/api/decisions?bodyId=" + id)).as(body + ": decisions").isNotEmpty();
        }
        Set<String> statuses = new HashSet<>();
        Set<String> actionStates = new HashSet<>();
        for (String body : List.of("Boligpolitisk Styregruppe", "Forum for Koordination og Udvikling", "Bestyrelsen",
                "Sekretariatsledelsen")) {
            String id = api.bodyId(body);
            statuses.addAll(statuses(api.get(EVALUATOR, "/api/meetings?bodyId=" + id)));
            api.get(EVALUATOR, "/api/actions?bodyId=" + id).forEach(a -> actionStates.add(a.path("status").asText()));
        }
        assertThat(statuses).contains("SCHEDULED", "AGENDA_PUBLISHED", "OPEN", "CLOSED", "MINUTES_CIRCULATED",
                "MINUTES_APPROVED", "CANCELLED");
        assertThat(actionStates).contains("OPEN", "DONE", "CANCELLED");
    }

    @Test
    void theCaseFkuReferredToBpsCanBeFollowedToItsCompletedAction() {
        ApiScript api = new ApiScript(port, jdbc);
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        JsonNode fromFku = null;
        for (JsonNode referral : api.get(EVALUATOR, "/api/referrals?targetBodyId=" + bps)) {
            if (referral.path("fromBody").path("bodyId").asText().equals(fku)
                    && referral.path("status").asText().equals("ACCEPTED")) {
                fromFku = referral;
            }
        }
        assertThat(fromFku).as("a case FKU referred to BPS, taken up there").isNotNull();

        JsonNode trail = api.get(EVALUATOR, "/api/cases/" + fromFku.path("referralId").asText()).path("trail");
        List<String> kinds = new ArrayList<>();
        trail.forEach(step -> kinds.add(step.path("kind").asText()));
        assertThat(kinds).containsSubsequence("ITEM", "DECISION", "REFERRED", "ACCEPTED", "DECISION", "ACTION_AGREED",
                "ACTION_COMPLETED");
        JsonNode accepted = stepOf(trail, "ACCEPTED");
        assertThat(accepted.path("body").path("bodyId").asText()).isEqualTo(bps);
    }

    @Test
    void fkuRecordedASubstituteForAMemberWhoSentApologiesAndCorrectedApprovedMinutes() {
        ApiScript api = new ApiScript(port, jdbc);
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        boolean substitute = false;
        boolean corrected = false;
        for (JsonNode meeting : api.get(EVALUATOR, "/api/meetings?bodyId=" + fku)) {
            JsonNode minutes = api.get(EVALUATOR, "/api/meetings/" + meeting.path("id").asText() + "/minutes");
            for (JsonNode present : minutes.path("present")) {
                String stoodInFor = present.path("substituteFor").path("personId").asText();
                substitute |= !stoodInFor.isEmpty() && minutes.path("apologies").findValuesAsText("personId")
                        .contains(stoodInFor);
            }
            corrected |= minutes.path("status").asText().equals("MINUTES_APPROVED")
                    && !minutes.path("corrections").isEmpty();
        }
        assertThat(substitute).as("a substitute present for a member with apologies").isTrue();
        assertThat(corrected).as("approved minutes with a recorded correction").isTrue();
    }

    @Test
    void bpsAndFkuHoldAJointWorkshopThatIsInBothRegisters() {
        ApiScript api = new ApiScript(port, jdbc);
        String fku = api.bodyId("Forum for Koordination og Udvikling");
        String bps = api.bodyId("Boligpolitisk Styregruppe");
        JsonNode joint = null;
        for (JsonNode meeting : api.get(EVALUATOR, "/api/meetings?bodyId=" + fku)) {
            if (meeting.path("bodyId").asText().equals(bps)) {
                joint = meeting;
            }
        }
        assertThat(joint).as("a meeting called by BPS in FKU's register").isNotNull();
        assertThat(joint.path("jointBodies").findValuesAsText("bodyId")).containsExactly(fku);
        JsonNode minutes = api.get(EVALUATOR, "/api/meetings/" + joint.path("id").asText() + "/minutes");
        assertThat(minutes.path("kind").asText()).isEqualTo("WORKSHOP");
        assertThat(minutes.path("bodies").findValuesAsText("bodyId")).containsExactly(bps, fku);
    }

    private static Set<String> statuses(JsonNode meetings) {
        Set<String> statuses = new HashSet<>();
        meetings.forEach(meeting -> statuses.add(meeting.path("status").asText()));
        return statuses;
    }

    private static JsonNode stepOf(JsonNode trail, String kind) {
        for (JsonNode step : trail) {
            if (step.path("kind").asText().equals(kind)) {
                return step;
            }
        }
        throw new AssertionError("no step " + kind + " in " + trail);
    }
}
