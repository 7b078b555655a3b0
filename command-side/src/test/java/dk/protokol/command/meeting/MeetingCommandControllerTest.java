package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.CancelMeeting;
import dk.protokol.events.command.meeting.AddJointBody;
import dk.protokol.events.command.meeting.CloseMeeting;
import dk.protokol.events.command.meeting.WithdrawJointBody;
import dk.protokol.events.command.meeting.OpenMeeting;
import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.command.meeting.ReorderAgenda;
import dk.protokol.events.command.meeting.RescheduleMeeting;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.command.CommandControllerSlice;
import dk.protokol.command.common.CommandSender;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceStatus;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDateTime;
import java.util.List;
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

@WebMvcTest(MeetingCommandController.class)
@Import(CommandSender.class)
class MeetingCommandControllerTest extends CommandControllerSlice {

    private static final UUID BPS = UUID.randomUUID();
    private static final UUID MEETING = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();

    private ResultActions postJson(String path, String json) throws Exception {
        return postJsonAs("sekretaer", path, json);
    }

    @Test
    void schedulesAMeetingInDanishTimeAndAnswersCreatedWithTheMeetingsId() throws Exception {
        ResultActions answer = postJson("/api/meetings", """
                {"bodyId": "%s", "start": "2026-12-01T14:00", "expectedEnd": "2026-12-01T16:00",
                 "location": "Vejle Rådhus, mødelokale 1"}""".formatted(BPS))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.position").value(42));

        ScheduleMeeting command = (ScheduleMeeting) sentCommand();
        answer.andExpect(jsonPath("$.id").value(command.meetingId().toString()));
        assertThat(command.bodyId()).isEqualTo(BodyId.of(BPS));
        assertThat(command.start()).isEqualTo(LocalDateTime.of(2026, 12, 1, 14, 0));
        assertThat(command.expectedEnd()).isEqualTo(LocalDateTime.of(2026, 12, 1, 16, 0));
        assertThat(command.location()).isEqualTo("Vejle Rådhus, mødelokale 1");
        assertThat(command.standingItemId()).isNotNull();
        assertThat(accessPolicy.lastChecked()).as("the policy judged the body of the request").isEqualTo(BPS);
        verify(eventPositions).headOf(command.meetingId().toString());
    }

    @Test
    void refusesAMeetingWithoutBodyTimesOrPlaceAndSendsNothing() throws Exception {
        postJson("/api/meetings", """
                {"location": " "}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void takesTimesWithAnOffsetAsTheCopenhagenTimeTheyDenote() throws Exception {
        // as calendar systems send them: winter time (+01:00) and an instant in summer time (UTC)
        postJson("/api/meetings", """
                {"bodyId": "%s", "start": "2013-02-05T13:00:00+01:00", "expectedEnd": "2026-06-01T12:30:00Z",
                 "location": "Rådhuset"}""".formatted(BPS))
                .andExpect(status().isCreated());

        ScheduleMeeting command = (ScheduleMeeting) sentCommand();
        assertThat(command.start()).isEqualTo(LocalDateTime.of(2013, 2, 5, 13, 0));
        assertThat(command.expectedEnd()).isEqualTo(LocalDateTime.of(2026, 6, 1, 14, 30));
    }

    @Test
    void refusesATimeThatCannotBeReadNamingTheField() throws Exception {
        postJson("/api/meetings", """
                {"bodyId": "%s", "start": "i morgen kl. 14", "expectedEnd": "2026-06-01T16:00",
                 "location": "Rådhuset"}""".formatted(BPS))
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void aMeetingWithoutABodyIsRefusedForTheMissingBodyNotForAccess() throws Exception {
        accessPolicy.refuseEveryone(); // the page answers the same (SecretaryPagesTest)
        postJson("/api/meetings", """
                {"start": "2026-12-01T14:00", "expectedEnd": "2026-12-01T16:00", "location": "Rådhuset"}""")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bodyId"))
                .andExpect(jsonPath("$.errors[0].message").value("Vælg det organ, der holder mødet."));

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void refusesAStartInTheHourSkippedWhenSummerTimeBegins() throws Exception {
        postJson("/api/meetings", """
                {"bodyId": "%s", "start": "2026-03-29T02:30", "expectedEnd": "2026-03-29T04:00",
                 "location": "Rådhuset"}""".formatted(BPS))
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void onlyTheBodysSecretaryOrAnAdministratorSchedules() throws Exception {
        accessPolicy.refuseEveryone();

        postJson("/api/meetings", """
                {"bodyId": "%s", "start": "2026-12-01T14:00", "expectedEnd": "2026-12-01T16:00",
                 "location": "Rådhuset"}""".formatted(BPS))
                .andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void reschedulesTheMeeting() throws Exception {
        postJson("/api/meetings/" + MEETING + "/reschedule", """
                {"start": "2026-12-08T14:00", "expectedEnd": "2026-12-08T16:00", "location": "Løget Beboerhus"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(MEETING.toString()))
                .andExpect(jsonPath("$.position").value(42));

        assertThat(sentCommand()).isEqualTo(new RescheduleMeeting(MeetingId.of(MEETING),
                LocalDateTime.of(2026, 12, 8, 14, 0), LocalDateTime.of(2026, 12, 8, 16, 0), "Løget Beboerhus"));
        assertThat(accessPolicy.lastChecked()).as("the policy judged the meeting of the path").isEqualTo(MEETING);
    }

    @Test
    void cancelsTheMeetingWithAReason() throws Exception {
        postJson("/api/meetings/" + MEETING + "/cancel", """
                {"reason": "Formanden er forhindret"}""")
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new CancelMeeting(MeetingId.of(MEETING), "Formanden er forhindret"));
    }

    @Test
    void refusesACancellationWithoutAReason() throws Exception {
        postJson("/api/meetings/" + MEETING + "/cancel", "{}")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void reordersTheAgenda() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        postJson("/api/meetings/" + MEETING + "/agenda/order", """
                {"itemIds": ["%s", "%s"]}""".formatted(first, second))
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new ReorderAgenda(MeetingId.of(MEETING),
                List.of(AgendaItemId.of(first), AgendaItemId.of(second))));
    }

    @Test
    void refusesAnEmptyOrder() throws Exception {
        postJson("/api/meetings/" + MEETING + "/agenda/order", """
                {"itemIds": []}""")
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void publishesTheAgendaWithAnEmptyBodyOrNone() throws Exception {
        postJson("/api/meetings/" + MEETING + "/agenda/publish", "{}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(MEETING.toString()));
        mvc.perform(post("/api/meetings/" + MEETING + "/agenda/publish").with(user("sekretaer")).with(csrf()))
                .andExpect(status().isOk());
    }

    @Test
    void recordsASubstitutesPartialAttendance() throws Exception {
        UUID substitute = UUID.randomUUID();
        UUID from = UUID.randomUUID();
        postJson("/api/meetings/" + MEETING + "/attendance", """
                {"personId": "%s", "status": "PRESENT", "substituteFor": "%s", "fromItemId": "%s",
                 "note": "Kom kl. 15"}""".formatted(substitute, MEMBER, from))
                .andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new RecordAttendance(MeetingId.of(MEETING), PersonId.of(substitute),
                AttendanceStatus.PRESENT, PersonId.of(MEMBER), AgendaItemId.of(from), null, "Kom kl. 15"));
    }

    @Test
    void refusesAttendanceWithoutAKnownStatus() throws Exception {
        postJson("/api/meetings/" + MEETING + "/attendance", """
                {"personId": "%s"}""".formatted(MEMBER))
                .andExpect(status().isBadRequest());
        postJson("/api/meetings/" + MEETING + "/attendance", """
                {"personId": "%s", "status": "MAYBE"}""".formatted(MEMBER))
                .andExpect(status().isBadRequest());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void opensTheMeeting() throws Exception {
        postJson("/api/meetings/" + MEETING + "/open", "{}").andExpect(status().isOk());
        assertThat(sentCommand()).isEqualTo(new OpenMeeting(MeetingId.of(MEETING)));
    }

    @Test
    void closesTheMeeting() throws Exception {
        postJson("/api/meetings/" + MEETING + "/close", "{}").andExpect(status().isOk());
        assertThat(sentCommand()).isEqualTo(new CloseMeeting(MeetingId.of(MEETING)));
    }

    @Test
    void onlyTheBodysSecretaryOrAnAdministratorRecordsForTheMeeting() throws Exception {
        accessPolicy.refuseEveryone();

        postJson("/api/meetings/" + MEETING + "/open", "{}").andExpect(status().isForbidden());
        postJson("/api/meetings/" + MEETING + "/attendance", """
                {"personId": "%s", "status": "PRESENT"}""".formatted(MEMBER))
                .andExpect(status().isForbidden());

        verify(commandGateway, never()).sendAndWait(any());
    }

    @Test
    void anotherBodyHoldsTheMeetingJointlyIfTheCallerRecordsForItToo() throws Exception {
        UUID network = UUID.randomUUID();
        postJson("/api/meetings/" + MEETING + "/joint-bodies", """
                {"bodyId": "%s"}""".formatted(network)).andExpect(status().isOk());

        assertThat(sentCommand()).isEqualTo(new AddJointBody(MeetingId.of(MEETING), BodyId.of(network)));
        assertThat(accessPolicy.lastChecked()).as("the body added was judged after the meeting").isEqualTo(network);
    }

    @Test
    void aJointBodyIsWithdrawnAndOneNotNamedIsRefusedForItsField() throws Exception {
        UUID network = UUID.randomUUID();
        postJson("/api/meetings/" + MEETING + "/joint-bodies/withdraw", """
                {"bodyId": "%s"}""".formatted(network)).andExpect(status().isOk());
        assertThat(sentCommand()).isEqualTo(new WithdrawJointBody(MeetingId.of(MEETING), BodyId.of(network)));

        postJson("/api/meetings/" + MEETING + "/joint-bodies", "{}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("bodyId"));
    }

    @Test
    void schedulesAJointMeetingInOneStep() throws Exception {
        UUID network = UUID.randomUUID();
        ResultActions answer = postJson("/api/meetings", """
                {"bodyId": "%s", "start": "2026-12-01T14:00", "expectedEnd": "2026-12-01T16:00",
                 "location": "Vejle Rådhus", "kind": "SEMINAR", "jointBodyIds": ["%s"]}""".formatted(BPS, network))
                .andExpect(status().isCreated());

        List<Object> sent = sentCommands();
        assertThat(sent).hasSize(2);
        ScheduleMeeting scheduled = (ScheduleMeeting) sent.get(0);
        answer.andExpect(jsonPath("$.id").value(scheduled.meetingId().toString()));
        assertThat(sent.get(1)).isEqualTo(new AddJointBody(scheduled.meetingId(), BodyId.of(network)));
        assertThat(accessPolicy.lastChecked()).as("the joint bodies were judged too").isEqualTo(network);
    }

    @Test
    void aJointMeetingWithBrokenLimitsNamesEachFieldAndSendsNothing() throws Exception {
        postJson("/api/meetings", """
                {"bodyId": "%s", "expectedEnd": "2026-12-01T16:00", "location": "Vejle Rådhus",
                 "jointBodyIds": [null]}""".formatted(BPS))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("start",
                        "jointBodyIds[0].bodyId")));

        verify(commandGateway, never()).sendAndWait(any());
    }
}
