package dk.protokol.command.action;

import dk.protokol.events.command.action.CancelAction;
import dk.protokol.events.command.action.ChangeActionDueDate;
import dk.protokol.events.command.action.CompleteAction;
import dk.protokol.events.command.action.ReassignAction;
import dk.protokol.events.command.action.ReportActionProgress;
import dk.protokol.command.CommandControllerSlice;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ActionCommandController.class)
@Import(CommandSender.class)
class ActionCommandControllerTest extends CommandControllerSlice {

    private static final UUID ACTION = UUID.randomUUID();
    /** The test application's clock says 15 September 2025. */
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);

    private ResultActions postJson(String path, String json) throws Exception {
        return postJson(ACTION, path, json);
    }

    private ResultActions postJson(UUID action, String path, String json) throws Exception {
        return postJsonAs("medlem", "/api/actions/" + action + path, json);
    }

    private void askedTheAccessPolicyFor(String work) {
        assertThat(accessPolicy.lastChecked()).isEqualTo(ACTION);
        assertThat(accessPolicy.lastWork()).isEqualTo(work);
    }

    @Test
    void reportsProgressAndAnswersWithTheActionsIdAndPosition() throws Exception {
        postJson("/progress", """
                {"note": "Udkastet er sendt til høring."}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ACTION.toString()))
                .andExpect(jsonPath("$.position").value(42));

        assertThat(sentCommand()).isEqualTo(new ReportActionProgress(ActionId.of(ACTION),
                "Udkastet er sendt til høring.", null));
        askedTheAccessPolicyFor("PROGRESS");
    }

    @Test
    void progressReportedAtAMeetingNamesTheMeeting() throws Exception {
        UUID meeting = UUID.randomUUID();
        postJson("/progress", """
                {"note": "Status givet under opfølgning", "meetingId": "%s"}""".formatted(meeting))
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new ReportActionProgress(ActionId.of(ACTION),
                "Status givet under opfølgning", MeetingId.of(meeting)));
    }

    @Test
    void refusesProgressWithoutANote() throws Exception {
        postJson("/progress", "{}").andExpect(status().isBadRequest());
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void reassignsTheAction() throws Exception {
        UUID colleague = UUID.randomUUID();
        postJson("/reassign", """
                {"ownerId": "%s"}""".formatted(colleague))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ACTION.toString()));

        assertThat(sentCommand()).isEqualTo(new ReassignAction(ActionId.of(ACTION), PersonId.of(colleague)));
        askedTheAccessPolicyFor("REASSIGN");
    }

    @Test
    void refusesAReassignmentWithoutAnOwner() throws Exception {
        postJson("/reassign", "{}").andExpect(status().isBadRequest());
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void movesTheDueDate() throws Exception {
        postJson("/due-date", """
                {"dueDate": "2026-06-30", "reason": "Afventer budgettet"}""")
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new ChangeActionDueDate(ActionId.of(ACTION), LocalDate.of(2026, 6, 30),
                "Afventer budgettet"));
        askedTheAccessPolicyFor("DUE_DATE");
    }

    @Test
    void refusesADueDateChangeWithoutAReasonOrADate() throws Exception {
        postJson("/due-date", """
                {"dueDate": "2026-06-30"}""").andExpect(status().isBadRequest());
        postJson("/due-date", """
                {"reason": "Afventer budgettet"}""").andExpect(status().isBadRequest());
        postJson("/due-date", """
                {"dueDate": "30-06-2026", "reason": "Afventer budgettet"}""").andExpect(status().isBadRequest());
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void completesTheActionOnTheDayGiven() throws Exception {
        postJson("/complete", """
                {"note": "Sendt til fonden", "completedOn": "2025-09-10"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.position").value(42));

        assertThat(sentCommand()).isEqualTo(new CompleteAction(ActionId.of(ACTION), LocalDate.of(2025, 9, 10),
                "Sendt til fonden"));
        askedTheAccessPolicyFor("COMPLETE");
    }

    @Test
    void anActionCompletedWithoutADateWasCompletedToday() throws Exception {
        postJson("/complete", "{}").andExpect(status().isOk());
        assertThat(sentCommand()).isEqualTo(new CompleteAction(ActionId.of(ACTION), TODAY, null));
    }

    @Test
    void anActionMayBeCompletedWithNoBodyAtAll() throws Exception {
        mvc.perform(post("/api/actions/" + ACTION + "/complete").with(user("medlem")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(sentCommand()).isEqualTo(new CompleteAction(ActionId.of(ACTION), TODAY, null));
    }

    @Test
    void cancelsAndReopensTheActionForAReason() throws Exception {
        postJson("/cancel", """
                {"reason": "Fonden har lukket"}""").andExpect(status().isOk());
        askedTheAccessPolicyFor("CANCEL");
        assertThat(sentCommand()).isEqualTo(new CancelAction(ActionId.of(ACTION), "Fonden har lukket"));

        accessPolicy.allowEveryone();
        postJson("/reopen", """
                {"reason": "Fonden åbnede igen"}""").andExpect(status().isOk());
        askedTheAccessPolicyFor("REOPEN");
    }

    @Test
    void refusesACancellationOrReopeningWithoutAReason() throws Exception {
        postJson("/cancel", """
                {"reason": " "}""").andExpect(status().isBadRequest());
        postJson("/reopen", "{}").andExpect(status().isBadRequest());
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void theOwnerReportsProgressOnAndCompletesTheirOwnAction() throws Exception {
        accessPolicy.callerOnlyOwns(ACTION);

        postJson("/progress", """
                {"note": "I gang"}""").andExpect(status().isOk());
        accessPolicy.callerOnlyOwns(ACTION);
        postJson("/complete", "{}").andExpect(status().isOk());
    }

    @Test
    void anOwnerMayNotCompleteSomeoneElsesAction() throws Exception {
        UUID someoneElses = UUID.randomUUID();
        accessPolicy.callerOnlyOwns(ACTION);

        postJson(someoneElses, "/complete", "{}").andExpect(status().isForbidden());

        assertThat(accessPolicy.lastChecked()).isEqualTo(someoneElses);
        assertThat(accessPolicy.lastWork()).isEqualTo("COMPLETE");
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void anOwnerMayNotMoveTheDueDateOrCancelOrReassign() throws Exception {
        accessPolicy.callerOnlyOwns(ACTION);

        postJson("/due-date", """
                {"dueDate": "2026-06-30", "reason": "Travlt"}""").andExpect(status().isForbidden());
        postJson("/cancel", """
                {"reason": "Gider ikke"}""").andExpect(status().isForbidden());
        postJson("/reassign", """
                {"ownerId": "%s"}""".formatted(UUID.randomUUID())).andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void nobodyWorksOnAnActionAnonymously() throws Exception {
        mvc.perform(post("/api/actions/" + ACTION + "/complete").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        verify(commandGateway, never()).sendAndWait(any());
    }
}
