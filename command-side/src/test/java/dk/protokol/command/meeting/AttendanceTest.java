package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.AAB;
import static dk.protokol.command.meeting.MeetingFixtures.CONSULTANT;
import static dk.protokol.command.meeting.MeetingFixtures.DEPUTY;
import static dk.protokol.command.meeting.MeetingFixtures.FORMER_MAYOR;
import static dk.protokol.command.meeting.MeetingFixtures.MAYOR;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.NEWS;
import static dk.protokol.command.meeting.MeetingFixtures.OBSERVER;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.STANDING;
import static dk.protokol.command.meeting.MeetingFixtures.SUBSTITUTE;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.circulated;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.withItems;
import static org.hamcrest.Matchers.containsString;

class AttendanceTest {

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();

    private static RecordAttendance attendance(PersonId person, AttendanceStatus status) {
        return new RecordAttendance(MEETING, person, status, null, null, null, null);
    }

    @Test
    void recordsAMemberPresent() {
        fixture.given(open())
                .when(attendance(AAB, AttendanceStatus.PRESENT))
                .expectEvents(new AttendanceRecorded(MEETING, AAB, AttendanceStatus.PRESENT, null, null, null, null));
    }

    @Test
    void anErasedPersonIsNotRecordedAttending() {
        FixtureConfiguration<Meeting> erasedFixture = MeetingFixtures.fixture(MeetingFixtures.organisation()
                .withErasedPerson(CONSULTANT));
        erasedFixture.given(open())
                .when(new RecordAttendance(MEETING, CONSULTANT, AttendanceStatus.GUEST, null, null, null, null))
                .expectException(violationOf("ErasedPersonDoesNotAttend", "personId"))
                .expectExceptionMessage("Personens oplysninger er slettet; der kan ikke registreres fremmøde for "
                        + "personen.")
                .expectNoEvents();
    }

    @Test
    void recordsApologiesBeforeTheMeeting() {
        fixture.given(withItems())
                .when(new RecordAttendance(MEETING, DEPUTY, AttendanceStatus.APOLOGIES, null, null, null,
                        " Ferie "))
                .expectEvents(new AttendanceRecorded(MEETING, DEPUTY, AttendanceStatus.APOLOGIES, null, null, null,
                        "Ferie"));
    }

    @Test
    void recordsAMemberAbsentWithoutNotice() {
        fixture.given(open())
                .when(attendance(AAB, AttendanceStatus.ABSENT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anyoneRegisteredMayAttendAsAGuest() {
        fixture.given(open())
                .when(new RecordAttendance(MEETING, CONSULTANT, AttendanceStatus.GUEST, null, PLAN, PLAN,
                        "Fremlagde handleplanen"))
                .expectEvents(new AttendanceRecorded(MEETING, CONSULTANT, AttendanceStatus.GUEST, null, PLAN, PLAN,
                        "Fremlagde handleplanen"));
    }

    @Test
    void aSubstituteStandsInForAMember() {
        fixture.given(open())
                .when(new RecordAttendance(MEETING, SUBSTITUTE, AttendanceStatus.PRESENT, DEPUTY, null, null, null))
                .expectEvents(new AttendanceRecorded(MEETING, SUBSTITUTE, AttendanceStatus.PRESENT, DEPUTY, null,
                        null, null));
    }

    @Test
    void recordsPartialAttendanceByItem() {
        fixture.given(open())
                .when(new RecordAttendance(MEETING, MAYOR, AttendanceStatus.PRESENT, null, STANDING, PLAN,
                        "Gik efter punkt 2"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void attendanceMayBeCorrectedWhileTheMinutesAreOutForComments() {
        fixture.given(circulated())
                .when(attendance(AAB, AttendanceStatus.APOLOGIES))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void someoneOutsideTheBodyIsNotRecordedPresent() {
        fixture.given(open())
                .when(attendance(CONSULTANT, AttendanceStatus.PRESENT))
                .expectException(violationOf("AttendanceOnlyForMembersSubstitutesOrGuests"))
                .expectExceptionMessage(containsString("ikke medlem af organet den 10. marts 2026"))
                .expectNoEvents();
    }

    @Test
    void aFormerMemberSendsNoApologies() {
        fixture.given(open())
                .when(attendance(FORMER_MAYOR, AttendanceStatus.APOLOGIES))
                .expectException(violationOf("AttendanceOnlyForMembersSubstitutesOrGuests"))
                .expectNoEvents();
    }

    @Test
    void aSubstituteMustNameTheMemberTheyStandInFor() {
        fixture.given(open())
                .when(attendance(SUBSTITUTE, AttendanceStatus.PRESENT))
                .expectException(violationOf("AttendanceOnlyForMembersSubstitutesOrGuests"))
                .expectExceptionMessage(containsString("Angiv hvilket medlem suppleanten møder for"))
                .expectNoEvents();
    }

    @Test
    void onlyASubstituteStandsInForAMember() {
        fixture.given(open())
                .when(new RecordAttendance(MEETING, AAB, AttendanceStatus.PRESENT, DEPUTY, null, null, null))
                .expectException(violationOf("AttendanceOnlyForMembersSubstitutesOrGuests"))
                .expectExceptionMessage(containsString("personen er medlem i organet"))
                .expectNoEvents();
    }

    @Test
    void aSubstituteStandsInForAVotingMemberOnly() {
        fixture.given(open())
                .when(new RecordAttendance(MEETING, SUBSTITUTE, AttendanceStatus.PRESENT, OBSERVER, null, null, null))
                .expectException(violationOf("AttendanceOnlyForMembersSubstitutesOrGuests"))
                .expectNoEvents();
    }

    @Test
    void aSubstituteWhoDoesNotAttendStandsInForNobody() {
        fixture.given(open())
                .when(new RecordAttendance(MEETING, SUBSTITUTE, AttendanceStatus.APOLOGIES, DEPUTY, null, null, null))
                .expectException(violationOf("AttendanceOnlyForMembersSubstitutesOrGuests"))
                .expectNoEvents();
    }

    @Test
    void thePersonMustBeRegistered() {
        fixture.given(open())
                .when(attendance(PersonId.random(), AttendanceStatus.GUEST))
                .expectException(unknownReferenceIn("personId"))
                .expectNoEvents();
    }

    @Test
    void theMemberStoodInForMustBeRegistered() {
        fixture.given(open())
                .when(new RecordAttendance(MEETING, SUBSTITUTE, AttendanceStatus.PRESENT, PersonId.random(), null,
                        null, null))
                .expectException(unknownReferenceIn("substituteFor"))
                .expectNoEvents();
    }

    @Test
    void partialAttendanceNamesItemsOfTheMeeting() {
        fixture.given(open())
                .when(new RecordAttendance(MEETING, MAYOR, AttendanceStatus.PRESENT, null, AgendaItemId.random(),
                        null, null))
                .expectException(unknownReferenceIn("fromItemId"))
                .expectNoEvents();
    }

    @Test
    void partialAttendanceRunsForwardThroughTheAgenda() {
        fixture.given(open())
                .when(new RecordAttendance(MEETING, MAYOR, AttendanceStatus.PRESENT, null, NEWS, PLAN, null))
                .expectException(violationOf("PartialAttendanceFollowsTheAgenda"))
                .expectExceptionMessage(containsString("Byt om på dem"))
                .expectNoEvents();
    }

    @Test
    void partialAttendanceIsForThoseWhoAttend() {
        fixture.given(open())
                .when(new RecordAttendance(MEETING, MAYOR, AttendanceStatus.APOLOGIES, null, PLAN, null, null))
                .expectException(violationOf("PartialAttendanceFollowsTheAgenda"))
                .expectNoEvents();
    }

    @Test
    void approvedMinutesKeepTheirAttendance() {
        fixture.given(approved())
                .when(attendance(AAB, AttendanceStatus.ABSENT))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }

    @Test
    void aCancelledMeetingHasNoAttendance() {
        fixture.given(cancelled())
                .when(attendance(AAB, AttendanceStatus.APOLOGIES))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }
}
