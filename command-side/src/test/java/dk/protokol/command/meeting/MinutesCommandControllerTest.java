package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.command.meeting.AnswerMinutesComment;
import dk.protokol.events.command.meeting.CirculateMinutes;
import dk.protokol.events.command.meeting.CommentOnMinutes;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.meeting.CommentResolution;
import dk.protokol.command.CommandWebTestApplication;
import dk.protokol.events.command.meeting.CorrectMinutes;
import dk.protokol.command.CommandControllerSlice;
import dk.protokol.command.CommandWebTestApplication;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
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

@WebMvcTest(MinutesCommandController.class)
@Import(CommandSender.class)
class MinutesCommandControllerTest extends CommandControllerSlice {

    private static final UUID MEETING = UUID.randomUUID();
    /** The test application's clock says 15 September 2025. */
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 15);

    private ResultActions postJson(String user, String path, String json) throws Exception {
        return postJsonAs(user, "/api/meetings/" + MEETING + "/minutes" + path, json);
    }

    @Test
    void circulatesTheMinutes() throws Exception {
        postJson("sekretaer", "/circulate", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(MEETING.toString()))
                .andExpect(jsonPath("$.position").value(42));

        assertThat(sentCommand()).isEqualTo(new CirculateMinutes(MeetingId.of(MEETING), CommandWebTestApplication.NOW));
        assertThat(accessPolicy.lastChecked()).isEqualTo(MEETING);
    }

    @Test
    void theCallersPersonApprovesTodayAtTheNamedMeeting() throws Exception {
        UUID next = UUID.randomUUID();
        postJson("formand", "/approve", """
                {"atMeetingId": "%s"}""".formatted(next))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(MEETING.toString()));

        assertThat(sentCommand()).isEqualTo(new ApproveMinutes(MeetingId.of(MEETING),
                CommandWebTestApplication.CALLER, TODAY, MeetingId.of(next)));
        assertThat(accessPolicy.lastChecked()).isEqualTo(MEETING);
    }

    @Test
    void approvesWithoutNamingAMeeting() throws Exception {
        postJson("formand", "/approve", "{}").andExpect(status().isOk());
        assertThat(((ApproveMinutes) sentCommand()).atMeetingId()).isNull();
    }

    @Test
    void approvesWithNoBodyAtAll() throws Exception {
        mvc.perform(post("/api/meetings/" + MEETING + "/minutes/approve").with(user("formand")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(((ApproveMinutes) sentCommand()).approvedBy()).isEqualTo(CommandWebTestApplication.CALLER);
    }

    @Test
    void anAccountWithoutAPersonApprovesNothing() throws Exception {
        postJson(CommandWebTestApplication.UNLINKED, "/approve", "{}")
                .andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void onlyTheBodysChairApproves() throws Exception {
        accessPolicy.refuseEveryone();

        postJson("sekretaer", "/approve", "{}").andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void correctsApprovedMinutesAndAnswersCreatedWithTheCorrectionsId() throws Exception {
        UUID item = UUID.randomUUID();
        ResultActions answer = postJson("sekretaer", "/corrections", """
                {"itemId": "%s", "text": "Beslutningen lød: godkendt med ændringer.",
                 "reason": "Ordlyden manglede"}""".formatted(item))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(42));

        CorrectMinutes command = (CorrectMinutes) sentCommand();
        answer.andExpect(jsonPath("$.id").value(command.correctionId().toString()));
        assertThat(command).isEqualTo(new CorrectMinutes(MeetingId.of(MEETING), command.correctionId(),
                AgendaItemId.of(item), "Beslutningen lød: godkendt med ændringer.", "Ordlyden manglede"));
    }

    @Test
    void refusesACorrectionWithoutAReason() throws Exception {
        postJson("sekretaer", "/corrections", """
                {"text": "Rettelse"}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void onlyTheBodysSecretaryOrAnAdministratorCirculatesAndCorrects() throws Exception {
        accessPolicy.refuseEveryone();

        postJson("medlem", "/circulate", "{}").andExpect(status().isForbidden());
        postJson("medlem", "/corrections", """
                {"text": "Rettelse", "reason": "Fejl"}""").andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void aMemberCommentsAsTheirPersonAtTheMomentOfTheRequest() throws Exception {
        UUID item = UUID.randomUUID();
        postJson("medlem", "/comments", "{\"itemId\": \"" + item + "\", \"text\": \"Punkt 2 mangler et forbehold.\"}")
                .andExpect(status().isCreated());

        CommentOnMinutes sent = (CommentOnMinutes) sentCommand();
        assertThat(sent.meetingId()).isEqualTo(MeetingId.of(MEETING));
        assertThat(sent.itemId()).isEqualTo(AgendaItemId.of(item));
        assertThat(sent.authorId()).isEqualTo(CommandWebTestApplication.CALLER);
        assertThat(sent.madeAt()).isEqualTo(CommandWebTestApplication.NOW);
        assertThat(sent.text()).isEqualTo("Punkt 2 mangler et forbehold.");
        assertThat(accessPolicy.lastChecked()).isEqualTo(MEETING);
    }

    @Test
    void aCommentWithoutTextIsRefusedInDanish() throws Exception {
        postJson("medlem", "/comments", "{\"text\": \" \"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("Skriv din bemærkning til referatet."));
    }

    @Test
    void theSecretaryAnswersAComment() throws Exception {
        UUID comment = UUID.randomUUID();
        postJson("sekretaer", "/comments/" + comment + "/answer",
                "{\"resolution\": \"NOTED\", \"text\": \"Referatet gengiver drøftelsen.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(comment.toString()));

        assertThat(sentCommand()).isEqualTo(new AnswerMinutesComment(MeetingId.of(MEETING), CommentId.of(comment),
                CommentResolution.NOTED, "Referatet gengiver drøftelsen."));
    }
}
