package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.CancelMeeting;
import dk.protokol.events.command.meeting.RescheduleMeeting;
import dk.protokol.events.command.meeting.ScheduleMeeting;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingKind;
import dk.protokol.events.meeting.MeetingScheduled;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.BPS;
import static dk.protokol.command.meeting.MeetingFixtures.END;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.PLACE;
import static dk.protokol.command.meeting.MeetingFixtures.START;
import static dk.protokol.command.meeting.MeetingFixtures.THEME_GROUP;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.organisation;
import static dk.protokol.command.meeting.MeetingFixtures.published;
import static dk.protokol.command.meeting.MeetingFixtures.withItems;
import static org.hamcrest.Matchers.containsString;

class ScheduleMeetingTest {

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();
    private final AgendaItemId standing = AgendaItemId.random();

    @Test
    void schedulesAMeetingThatStartsWithTheStandingItem() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING, BPS, START, END, " " + PLACE + " ", standing))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MeetingScheduled(MEETING, BPS, START, END, PLACE),
                        new AgendaItemAdded(MEETING, standing, "Godkendelse af dagsorden og referat",
                                AgendaItemKind.DECISION, null, null, true));
    }

    @Test
    void schedulesAWorkshopAndAMeetingOfNoKindGivenIsOrdinary() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING, BPS, START, END, PLACE, standing, MeetingKind.WORKSHOP))
                .expectEvents(new MeetingScheduled(MEETING, BPS, START, END, PLACE, MeetingKind.WORKSHOP),
                        new AgendaItemAdded(MEETING, standing, "Godkendelse af dagsorden og referat",
                                AgendaItemKind.DECISION, null, null, true));
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING, BPS, START, END, PLACE, standing, null))
                .expectEvents(new MeetingScheduled(MEETING, BPS, START, END, PLACE, MeetingKind.ORDINARY),
                        new AgendaItemAdded(MEETING, standing, "Godkendelse af dagsorden og referat",
                                AgendaItemKind.DECISION, null, null, true));
    }

    @Test
    void cannotScheduleAMeetingOfAnUnknownBody() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING, BodyId.random(), START, END, PLACE, standing))
                .expectException(UnknownReference.class)
                .expectException(unknownReferenceIn("bodyId"))
                .expectNoEvents();
    }

    @Test
    void cannotScheduleAMeetingOfADissolvedBody() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING, THEME_GROUP, START, END, PLACE, standing))
                .expectException(violationOf("NoMeetingsOfADissolvedBody"))
                .expectExceptionMessage(containsString("nedlagt pr. 30. juni 2025"))
                .expectNoEvents();
    }

    @Test
    void aBodyToBeDissolvedMayStillMeetBeforeItsLastDay() {
        FixtureConfiguration<Meeting> dissolvingLater = MeetingFixtures.fixture(
                organisation().withDissolvedBody(BPS, LocalDate.of(2026, 3, 11)));
        dissolvingLater.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING, BPS, START, END, PLACE, standing))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotScheduleAMeetingBeforeTheBodyWasEstablished() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING, BPS, LocalDateTime.of(2019, 5, 1, 10, 0),
                        LocalDateTime.of(2019, 5, 1, 12, 0), PLACE, standing))
                .expectException(violationOf("NoMeetingsBeforeTheBodyIsEstablished"))
                .expectNoEvents();
    }

    @Test
    void theExpectedEndMustComeAfterTheStart() {
        fixture.givenNoPriorActivity()
                .when(new ScheduleMeeting(MEETING, BPS, START, START, PLACE, standing))
                .expectException(violationOf("ExpectedEndAfterStart"))
                .expectExceptionMessage("Det forventede sluttidspunkt skal ligge efter mødets start.")
                .expectNoEvents();
    }

    @Test
    void aMeetingNeedsAPlace() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new ScheduleMeeting(MEETING, BPS, START, END, "  ", standing))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("Angiv mødestedet.");
    }

    @Test
    void reschedulesAMeetingWhoseAgendaWasSentOut() {
        fixture.given(published())
                .when(new RescheduleMeeting(MEETING, START.plusDays(7), END.plusDays(7), "Løget Beboerhus"))
                .expectEvents(new MeetingRescheduled(MEETING, START.plusDays(7), END.plusDays(7), "Løget Beboerhus"));
    }

    @Test
    void cannotRescheduleAMeetingThatHasOpened() {
        fixture.given(open())
                .when(new RescheduleMeeting(MEETING, START.plusDays(7), END.plusDays(7), PLACE))
                .expectException(violationOf("RescheduleOnlyBeforeTheMeetingOpens"))
                .expectNoEvents();
    }

    @Test
    void reschedulingChecksTheNewTimeToo() {
        fixture.given(withItems())
                .when(new RescheduleMeeting(MEETING, START, START.minusHours(1), PLACE))
                .expectException(violationOf("ExpectedEndAfterStart"))
                .expectNoEvents();
    }

    @Test
    void cancelsAMeetingBeforeItOpens() {
        fixture.given(published())
                .when(new CancelMeeting(MEETING, " Formanden er forhindret "))
                .expectEvents(new MeetingCancelled(MEETING, "Formanden er forhindret"));
    }

    @Test
    void aCancellationNeedsAReason() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new CancelMeeting(MEETING, null))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void cannotCancelAMeetingThatHasOpened() {
        fixture.given(open())
                .when(new CancelMeeting(MEETING, "For sent"))
                .expectException(violationOf("CancelOnlyBeforeTheMeetingOpens"))
                .expectNoEvents();
    }

    @Test
    void aCancelledMeetingCannotBeRescheduledOrCancelledAgain() {
        fixture.given(cancelled())
                .when(new RescheduleMeeting(MEETING, START.plusDays(7), END.plusDays(7), PLACE))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectExceptionMessage(containsString("Mødet er aflyst"))
                .expectNoEvents();
        fixture.given(cancelled())
                .when(new CancelMeeting(MEETING, "Igen"))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }
}
