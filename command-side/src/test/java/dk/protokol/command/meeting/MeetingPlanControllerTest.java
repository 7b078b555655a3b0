package dk.protokol.command.meeting;

import dk.protokol.command.CommandControllerSlice;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.ids.BodyId;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MeetingPlanController.class)
@Import(CommandSender.class)
class MeetingPlanControllerTest extends CommandControllerSlice {

    private static final UUID BPS = UUID.randomUUID();
    private static final String PATH = "/api/bodies/" + BPS + "/meeting-plan";

    @Test
    void schedulesEveryChosenMeetingOfTheBodyInOneStep() throws Exception {
        postJsonAs("sekretaer", PATH, """
                {"year": 2027, "meetings": [
                  {"start": "2027-02-09T14:00", "expectedEnd": "2027-02-09T16:00", "location": "Vejle Rådhus"},
                  {"start": "2027-05-11T14:00+02:00", "expectedEnd": "2027-05-11T16:00", "location": "Løget Beboerhus"}]}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(BPS.toString()))
                .andExpect(jsonPath("$.position").value(42))
                .andExpect(jsonPath("$.meetingIds.length()").value(2));

        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway, times(2)).sendAndWait(sent.capture());
        List<ScheduleMeeting> meetings = sent.getAllValues().stream().map(ScheduleMeeting.class::cast).toList();
        assertThat(meetings).extracting(ScheduleMeeting::bodyId).containsOnly(BodyId.of(BPS));
        assertThat(meetings).extracting(ScheduleMeeting::start).containsExactly(
                LocalDateTime.of(2027, 2, 9, 14, 0), LocalDateTime.of(2027, 5, 11, 14, 0));
        assertThat(meetings.get(1).location()).isEqualTo("Løget Beboerhus");
        assertThat(accessPolicy.lastChecked()).as("the policy judged the body of the path").isEqualTo(BPS);
    }

    @Test
    void aMeetingBreakingItsLimitsRefusesThemAllNamingEachByIndexAndSendsNothing() throws Exception {
        postJsonAs("sekretaer", PATH, """
                {"year": 2027, "meetings": [
                  {"start": "2027-02-09T14:00", "expectedEnd": "2027-02-09T16:00", "location": "Vejle Rådhus"},
                  {"start": "2027-05-11T14:00", "expectedEnd": "2027-05-11T16:00", "location": " "},
                  {"start": "2028-01-11T14:00", "expectedEnd": null, "location": "Vejle Rådhus"}]}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("meetings[1].location"))
                .andExpect(jsonPath("$.errors[0].message").value("Angiv mødestedet."))
                .andExpect(jsonPath("$.errors[1].field").value("meetings[2].expectedEnd"))
                .andExpect(jsonPath("$.errors[2].field").value("meetings[2].start"))
                .andExpect(jsonPath("$.errors[2].message").value("Mødet ligger ikke i 2027."));

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void refusesAPlanWithoutYearOrMeetings() throws Exception {
        postJsonAs("sekretaer", PATH, "{\"meetings\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"))
                .andExpect(jsonPath("$.errors[1].field").value("meetings"));

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void aCallerWhoMayNotRecordForTheBodyIsRefused() throws Exception {
        accessPolicy.refuseEveryone();

        postJsonAs("medlem", PATH, """
                {"year": 2027, "meetings": [
                  {"start": "2027-02-09T14:00", "expectedEnd": "2027-02-09T16:00", "location": "Vejle Rådhus"}]}""")
                .andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }
}
