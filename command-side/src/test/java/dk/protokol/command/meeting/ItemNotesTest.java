package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.RecordItemNotes;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.ItemNotesRecorded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.NEWS;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.circulated;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.published;
import static org.hamcrest.Matchers.containsString;

class ItemNotesTest {

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();

    @Test
    void recordsTheNotesOfAnItemAtTheMeeting() {
        fixture.given(open())
                .when(new RecordItemNotes(MEETING, NEWS, "Sekretariatet orienterede om status. \n"))
                .expectEvents(new ItemNotesRecorded(MEETING, NEWS, "Sekretariatet orienterede om status."));
    }

    @Test
    void commentsOnTheCirculatedMinutesAreWorkedIntoTheNotes() {
        fixture.given(circulated())
                .when(new RecordItemNotes(MEETING, PLAN, "Styregruppen drøftede handleplanen (rettet efter høring)."))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void notesAreWrittenOnceTheMeetingHasOpened() {
        fixture.given(published())
                .when(new RecordItemNotes(MEETING, NEWS, "Forberedt tekst"))
                .expectException(violationOf("NotesOnlyOnceTheMeetingHasOpened"))
                .expectExceptionMessage(containsString("punktets beskrivelse"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnItemTakesNoNotes() {
        fixture.given(history(open(), new AgendaItemWithdrawn(MEETING, NEWS, "Udgår")))
                .when(new RecordItemNotes(MEETING, NEWS, "Tekst"))
                .expectException(violationOf("WithdrawnItemTakesNoRecording"))
                .expectNoEvents();
    }

    @Test
    void notesNeedText() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new RecordItemNotes(MEETING, NEWS, "\n"))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("Referatet skal udfyldes.");
    }

    @Test
    void notesGoUnderAnItemOfTheMeeting() {
        fixture.given(open())
                .when(new RecordItemNotes(MEETING, AgendaItemId.random(), "Tekst"))
                .expectException(unknownReferenceIn("itemId"))
                .expectNoEvents();
    }

    @Test
    void approvedMinutesKeepTheirNotes() {
        fixture.given(approved())
                .when(new RecordItemNotes(MEETING, NEWS, "Ny tekst"))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }

    @Test
    void aCancelledMeetingTakesNoNotes() {
        fixture.given(cancelled())
                .when(new RecordItemNotes(MEETING, NEWS, "Tekst"))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }
}
