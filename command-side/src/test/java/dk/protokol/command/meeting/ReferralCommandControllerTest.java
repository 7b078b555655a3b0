package dk.protokol.command.meeting;

import dk.protokol.command.CommandWebTestApplication.TestAccessPolicy;
import dk.protokol.command.common.CommandSender;
import dk.protokol.command.common.EventPositions;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ReferralCommandController.class)
@Import(CommandSender.class)
class ReferralCommandControllerTest {

    private static final UUID REFERRAL = UUID.randomUUID();
    private static final UUID MEETING = UUID.randomUUID();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private TestAccessPolicy accessPolicy;
    @MockitoBean
    private CommandGateway commandGateway;
    @MockitoBean
    private EventPositions eventPositions;

    @BeforeEach
    void eventsLandAtPosition42() {
        accessPolicy.allowEveryone(); // the policy bean outlives a test in Spring's context cache
        when(eventPositions.headOf(anyString())).thenReturn(42L);
    }

    private ResultActions accept(String json) throws Exception {
        return mvc.perform(post("/api/referrals/" + REFERRAL + "/accept").with(user("sekretaer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private Object sentCommand() {
        ArgumentCaptor<Object> command = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway).sendAndWait(command.capture());
        return command.getValue();
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
