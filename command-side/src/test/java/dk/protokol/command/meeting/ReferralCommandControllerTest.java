package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AcceptReferredCase;
import dk.protokol.command.CommandControllerSlice;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ReferralCommandController.class)
@Import(CommandSender.class)
class ReferralCommandControllerTest extends CommandControllerSlice {

    private static final UUID REFERRAL = UUID.randomUUID();
    private static final UUID MEETING = UUID.randomUUID();

    private ResultActions accept(String json) throws Exception {
        return postJsonAs("sekretaer", "/api/referrals/" + REFERRAL + "/accept", json);
    }

    @Test
    void putsTheCaseOnTheMeetingAndAnswersCreatedWithTheNewItemsId() throws Exception {
        ResultActions answer = accept("""
                {"meetingId": "%s"}""".formatted(MEETING))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(42));

        AcceptReferredCase command = (AcceptReferredCase) sentCommand();
        answer.andExpect(jsonPath("$.id").value(command.itemId().toString()));
        assertThat(command).isEqualTo(new AcceptReferredCase(MeetingId.of(MEETING), command.itemId(),
                ReferralId.of(REFERRAL), null, null));
        assertThat(accessPolicy.lastChecked()).isEqualTo(REFERRAL);
        verify(eventPositions).headOf(MEETING.toString());
    }

    @Test
    void theSecretaryMayGiveTheItemATitleAndKind() throws Exception {
        accept("""
                {"meetingId": "%s", "title": "Budget 2027", "kind": "DISCUSSION"}""".formatted(MEETING))
                .andExpect(status().isCreated());

        AcceptReferredCase command = (AcceptReferredCase) sentCommand();
        assertThat(command.title()).isEqualTo("Budget 2027");
        assertThat(command.kind()).isEqualTo(AgendaItemKind.DISCUSSION);
    }

    @Test
    void refusesAnAcceptanceWithoutAMeeting() throws Exception {
        accept("{}").andExpect(status().isBadRequest());
        accept("""
                {"meetingId": "%s", "kind": "VOTE"}""".formatted(MEETING)).andExpect(status().isBadRequest());
        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void onlyTheTargetBodysSecretaryOrAnAdministratorAccepts() throws Exception {
        accessPolicy.refuseEveryone();

        accept("""
                {"meetingId": "%s"}""".formatted(MEETING)).andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }
}
