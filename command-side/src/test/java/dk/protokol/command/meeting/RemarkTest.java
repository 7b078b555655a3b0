package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.RecordRemark;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.events.personal.PersonalData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.common.InMemoryPersonalData.sealed;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.AAB;
import static dk.protokol.command.meeting.MeetingFixtures.CONSULTANT;
import static dk.protokol.command.meeting.MeetingFixtures.DOMEA;
import static dk.protokol.command.meeting.MeetingFixtures.LEJERBO;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.OBSERVER;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN_ADOPTED;
import static dk.protokol.command.meeting.MeetingFixtures.STANDING;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.circulated;
import static dk.protokol.command.meeting.MeetingFixtures.closed;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.openAndQuorate;
import static dk.protokol.command.meeting.MeetingFixtures.planAdopted;
import static dk.protokol.command.meeting.MeetingFixtures.present;
import static org.hamcrest.Matchers.containsString;

class RemarkTest {

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();

    @Test
    void recordsAMembersRemarkOnADecision() {
        fixture.given(history(openAndQuorate(), planAdopted()))
                .when(new RecordRemark(MEETING, PLAN_ADOPTED, AAB, " AAB tager forbehold for finansieringen. "))
                .expectEvents(new RemarkRecorded(MEETING, PLAN_ADOPTED, AAB,
                        sealed(AAB, "AAB tager forbehold for finansieringen.")));
    }

    @Test
    void theRemarksTextIsSealedUnderItsAuthorsKeyNeverStoredInPlaintext() {
        fixture.given(history(openAndQuorate(), planAdopted()))
                .when(new RecordRemark(MEETING, PLAN_ADOPTED, AAB, "Formanden for AAB tager forbehold."))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.matches(payload -> payload instanceof RemarkRecorded remark
                                && PersonalData.isSealed(remark.text())
                                && !remark.text().contains("AAB tager forbehold")),
                        Matchers.andNoMore())));
    }

    @Test
    void anErasedPersonHasNoRemarkRecorded() {
        FixtureConfiguration<Meeting> erased = MeetingFixtures.fixture(MeetingFixtures.organisation()
                .withErasedPerson(AAB));
        erased.given(history(openAndQuorate(), planAdopted()))
                .when(new RecordRemark(MEETING, PLAN_ADOPTED, AAB, "Bemærkning"))
                .expectException(violationOf("ErasedPersonHasNoRemarkRecorded"))
                .expectExceptionMessage(containsString("slettet"))
                .expectNoEvents();
    }

    @Test
    void aRemarkMayBeAddedWhileTheMinutesAreOutForComments() {
        fixture.given(circulated())
                .when(new RecordRemark(MEETING, PLAN_ADOPTED, DOMEA, "Domea stemte imod."))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void onlyMembersPresentHaveARemarkRecorded() {
        fixture.given(closed())
                .when(new RecordRemark(MEETING, PLAN_ADOPTED, LEJERBO, "Jeg er uenig."))
                .expectException(violationOf("RemarksOnlyFromMembersPresent"))
                .expectExceptionMessage(containsString("ikke til stede"))
                .expectNoEvents();
    }

    @Test
    void aMemberWhoLeftBeforeTheDecisionHasNoRemarkOnIt() {
        fixture.given(history(openAndQuorate(),
                        new AttendanceRecorded(MEETING, LEJERBO, AttendanceStatus.PRESENT, null, null, STANDING, null),
                        planAdopted()))
                .when(new RecordRemark(MEETING, PLAN_ADOPTED, LEJERBO, "Jeg er uenig."))
                .expectException(violationOf("RemarksOnlyFromMembersPresent"))
                .expectNoEvents();
    }

    @Test
    void guestsAndObserversHaveNoRemarksRecorded() {
        fixture.given(history(openAndQuorate(), present(OBSERVER),
                        new AttendanceRecorded(MEETING, CONSULTANT, AttendanceStatus.GUEST, null, null, null, null),
                        planAdopted()))
                .when(new RecordRemark(MEETING, PLAN_ADOPTED, CONSULTANT, "Bemærkning"))
                .expectException(violationOf("RemarksOnlyFromMembersPresent"))
                .expectExceptionMessage(containsString("ikke medlem af organet"))
                .expectNoEvents();
        fixture.given(history(openAndQuorate(), present(OBSERVER), planAdopted()))
                .when(new RecordRemark(MEETING, PLAN_ADOPTED, OBSERVER, "Bemærkning"))
                .expectException(violationOf("RemarksOnlyFromMembersPresent"))
                .expectExceptionMessage(containsString("observatør i organet"))
                .expectNoEvents();
    }

    @Test
    void aRemarkConcernsADecisionOfTheMeeting() {
        fixture.given(history(openAndQuorate(), planAdopted()))
                .when(new RecordRemark(MEETING, DecisionId.random(), AAB, "Bemærkning"))
                .expectException(unknownReferenceIn("decisionId"))
                .expectNoEvents();
    }

    @Test
    void aRemarkNeedsText() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new RecordRemark(MEETING, PLAN_ADOPTED, AAB, ""))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("Bemærkningen skal udfyldes.");
    }

    @Test
    void approvedMinutesTakeNoNewRemarks() {
        fixture.given(approved())
                .when(new RecordRemark(MEETING, PLAN_ADOPTED, AAB, "For sent"))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }
}
