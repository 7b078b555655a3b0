package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.DeclareConflictOfInterest;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.AAB;
import static dk.protokol.command.meeting.MeetingFixtures.CONSULTANT;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.NEWS;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.circulated;
import static dk.protokol.command.meeting.MeetingFixtures.closed;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.published;
import static org.hamcrest.Matchers.containsString;

class ConflictOfInterestTest {

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();

    @Test
    void aMemberDeclaresAConflictBeforeTheMeeting() {
        fixture.given(published())
                .when(new DeclareConflictOfInterest(MEETING, PLAN, AAB, "Bestyrelsesmedlem i AAB, som får tilskud"))
                .expectEvents(new ConflictOfInterestDeclared(MEETING, PLAN, AAB,
                        "Bestyrelsesmedlem i AAB, som får tilskud"));
    }

    @Test
    void aConflictMayStillBeRecordedAfterTheMeetingClosed() {
        fixture.given(closed())
                .when(new DeclareConflictOfInterest(MEETING, PLAN, AAB, null))
                .expectEvents(new ConflictOfInterestDeclared(MEETING, PLAN, AAB, null));
    }

    @Test
    void onlyMembersAreConflicted() {
        fixture.given(open())
                .when(new DeclareConflictOfInterest(MEETING, PLAN, CONSULTANT, null))
                .expectException(violationOf("ConflictOnlyForMembers"))
                .expectExceptionMessage(containsString("inhabilitet registreres kun for medlemmer"))
                .expectNoEvents();
    }

    @Test
    void aConflictIsDeclaredOnce() {
        fixture.given(history(open(), new ConflictOfInterestDeclared(MEETING, PLAN, AAB, null)))
                .when(new DeclareConflictOfInterest(MEETING, PLAN, AAB, "Igen"))
                .expectException(violationOf("ConflictDeclaredOnlyOnce"))
                .expectNoEvents();
    }

    @Test
    void noConflictsOnceTheMinutesAreOut() {
        fixture.given(circulated())
                .when(new DeclareConflictOfInterest(MEETING, PLAN, AAB, null))
                .expectException(violationOf("ConflictsOnlyBeforeCirculation"))
                .expectNoEvents();
    }

    @Test
    void noConflictsInApprovedMinutes() {
        fixture.given(approved())
                .when(new DeclareConflictOfInterest(MEETING, PLAN, AAB, null))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }

    @Test
    void noConflictsOnAWithdrawnItem() {
        fixture.given(history(published(), new AgendaItemWithdrawn(MEETING, NEWS, "Udgår")))
                .when(new DeclareConflictOfInterest(MEETING, NEWS, AAB, null))
                .expectException(violationOf("WithdrawnItemTakesNoRecording"))
                .expectNoEvents();
    }

    @Test
    void theItemAndThePersonMustExist() {
        fixture.given(open())
                .when(new DeclareConflictOfInterest(MEETING, AgendaItemId.random(), AAB, null))
                .expectException(unknownReferenceIn("itemId"))
                .expectNoEvents();
        fixture.given(open())
                .when(new DeclareConflictOfInterest(MEETING, PLAN, PersonId.random(), null))
                .expectException(unknownReferenceIn("personId"))
                .expectNoEvents();
    }
}
