package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.CloseMeeting;
import dk.protokol.events.command.meeting.OpenMeeting;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingOpened;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.closed;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.published;
import static dk.protokol.command.meeting.MeetingFixtures.withItems;

class OpenAndCloseTest {

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();

    @Test
    void opensAMeetingWhoseAgendaWasSentOut() {
        fixture.given(published())
                .when(new OpenMeeting(MEETING))
                .expectEvents(new MeetingOpened(MEETING));
    }

    @Test
    void aMeetingOpensOnlyOnceItsAgendaWasSentOut() {
        fixture.given(withItems())
                .when(new OpenMeeting(MEETING))
                .expectException(violationOf("MeetingOpensOnlyWithPublishedAgenda"))
                .expectExceptionMessage("Dagsordenen er ikke udsendt. Udsend dagsordenen, før mødet åbnes.")
                .expectNoEvents();
    }

    @Test
    void aMeetingOpensOnce() {
        fixture.given(open())
                .when(new OpenMeeting(MEETING))
                .expectException(violationOf("MeetingOpensOnlyOnce"))
                .expectExceptionMessage("Mødet er allerede åbnet.")
                .expectNoEvents();
        fixture.given(closed())
                .when(new OpenMeeting(MEETING))
                .expectException(violationOf("MeetingOpensOnlyOnce"))
                .expectNoEvents();
    }

    @Test
    void aCancelledMeetingDoesNotOpen() {
        fixture.given(cancelled())
                .when(new OpenMeeting(MEETING))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }

    @Test
    void closesAnOpenMeeting() {
        fixture.given(open())
                .when(new CloseMeeting(MEETING))
                .expectEvents(new MeetingClosed(MEETING));
    }

    @Test
    void onlyAnOpenMeetingCloses() {
        fixture.given(published())
                .when(new CloseMeeting(MEETING))
                .expectException(violationOf("OnlyAnOpenMeetingCloses"))
                .expectExceptionMessage("Mødet er ikke åbnet endnu og kan derfor ikke afsluttes.")
                .expectNoEvents();
        fixture.given(closed())
                .when(new CloseMeeting(MEETING))
                .expectException(violationOf("OnlyAnOpenMeetingCloses"))
                .expectExceptionMessage("Mødet er allerede afsluttet.")
                .expectNoEvents();
    }
}
