package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.command.meeting.CirculateMinutes;
import dk.protokol.events.command.meeting.CorrectMinutes;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.meeting.ObjectionPeriodStarted;
import dk.protokol.events.organisation.MemberRole;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.BPS;
import static dk.protokol.command.meeting.MeetingFixtures.DEPUTY;
import static dk.protokol.command.meeting.MeetingFixtures.FKU_MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.FORMER_MAYOR;
import static dk.protokol.command.meeting.MeetingFixtures.MAYOR;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.NEXT_MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.SECRETARY;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.circulated;
import static dk.protokol.command.meeting.MeetingFixtures.closed;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.organisation;
import static org.hamcrest.Matchers.containsString;

/** The minutes after the meeting: circulated, approved by the chair, corrected once approved. */
class MinutesTest {

    private static final LocalDate APPROVAL_DAY = LocalDate.of(2026, 6, 2);
    private static final Instant CIRCULATED_AT = Instant.parse("2026-03-12T09:00:00Z");

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();
    private final CorrectionId correction = CorrectionId.random();

    // ---- circulation

    @Test
    void circulatesTheMinutesOfAClosedMeeting() {
        fixture.given(closed())
                .when(new CirculateMinutes(MEETING, CIRCULATED_AT))
                .expectEvents(new MinutesCirculated(MEETING),
                        // eight days unless the body set its own, to the end of the eighth day in Copenhagen
                        new ObjectionPeriodStarted(MEETING, 8, Instant.parse("2026-03-20T23:00:00Z"), false));
    }

    @Test
    void theMinutesGoOutWhenTheMeetingIsOver() {
        fixture.given(open())
                .when(new CirculateMinutes(MEETING, CIRCULATED_AT))
                .expectException(violationOf("MinutesCirculatedOnlyAfterClose"))
                .expectNoEvents();
    }

    @Test
    void theMinutesGoOutOnce() {
        fixture.given(circulated())
                .when(new CirculateMinutes(MEETING, CIRCULATED_AT))
                .expectException(violationOf("MinutesCirculatedOnlyOnce"))
                .expectNoEvents();
    }

    @Test
    void aCancelledMeetingHasNoMinutesToSendOut() {
        fixture.given(cancelled())
                .when(new CirculateMinutes(MEETING, CIRCULATED_AT))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }

    // ---- approval

    @Test
    void theChairApprovesTheMinutesAtTheNextMeeting() {
        fixture.given(circulated())
                .when(new ApproveMinutes(MEETING, MAYOR, APPROVAL_DAY, NEXT_MEETING))
                .expectEvents(new MinutesApproved(MEETING, MAYOR, NEXT_MEETING));
    }

    @Test
    void theChairMayApproveOutsideAMeeting() {
        fixture.given(circulated())
                .when(new ApproveMinutes(MEETING, MAYOR, APPROVAL_DAY, null))
                .expectEvents(new MinutesApproved(MEETING, MAYOR, null));
    }

    @Test
    void onlyTheChairApproves() {
        fixture.given(circulated())
                .when(new ApproveMinutes(MEETING, DEPUTY, APPROVAL_DAY, NEXT_MEETING))
                .expectException(violationOf("OnlyTheChairApproves"))
                .expectExceptionMessage(containsString("er næstformand i organet den 2. juni 2026"))
                .expectNoEvents();
        fixture.given(circulated())
                .when(new ApproveMinutes(MEETING, SECRETARY, APPROVAL_DAY, null))
                .expectException(violationOf("OnlyTheChairApproves"))
                .expectNoEvents();
    }

    @Test
    void theChairOnTheDayOfApprovalApprovesNotTheFormerChair() {
        fixture.given(circulated())
                .when(new ApproveMinutes(MEETING, FORMER_MAYOR, APPROVAL_DAY, null))
                .expectException(violationOf("OnlyTheChairApproves"))
                .expectExceptionMessage(containsString("ikke medlem af organet"))
                .expectNoEvents();
    }

    @Test
    void aNewChairApprovesFromTheFirstDayAsChair() {
        FixtureConfiguration<Meeting> newChair = MeetingFixtures.fixture(
                organisation().withMember(BPS, DEPUTY, MemberRole.CHAIR, APPROVAL_DAY, null));
        newChair.given(circulated())
                .when(new ApproveMinutes(MEETING, DEPUTY, APPROVAL_DAY.minusDays(1), null))
                .expectException(violationOf("OnlyTheChairApproves"))
                .expectNoEvents();
        newChair.given(circulated())
                .when(new ApproveMinutes(MEETING, DEPUTY, APPROVAL_DAY, null))
                .expectEvents(new MinutesApproved(MEETING, DEPUTY, null));
    }

    @Test
    void minutesAreApprovedOnce() {
        fixture.given(approved())
                .when(new ApproveMinutes(MEETING, MAYOR, APPROVAL_DAY, null))
                .expectException(violationOf("MinutesApprovedOnlyOnce"))
                .expectExceptionMessage("Referatet er allerede godkendt.")
                .expectNoEvents();
    }

    @Test
    void minutesAreApprovedAfterTheMembersHadThemForComments() {
        fixture.given(closed())
                .when(new ApproveMinutes(MEETING, MAYOR, APPROVAL_DAY, null))
                .expectException(violationOf("MinutesApprovedOnlyAfterCirculation"))
                .expectExceptionMessage(containsString("Send referatet ud til kommentering"))
                .expectNoEvents();
    }

    @Test
    void minutesAreApprovedAtAMeetingOfTheSameBody() {
        fixture.given(circulated())
                .when(new ApproveMinutes(MEETING, MAYOR, APPROVAL_DAY, FKU_MEETING))
                .expectException(violationOf("MinutesApprovedAtAnotherMeetingOfTheBody"))
                .expectExceptionMessage(containsString("et andet organs møde"))
                .expectNoEvents();
    }

    @Test
    void minutesAreNotApprovedAtTheirOwnMeeting() {
        fixture.given(circulated())
                .when(new ApproveMinutes(MEETING, MAYOR, APPROVAL_DAY, MEETING))
                .expectException(violationOf("MinutesApprovedAtAnotherMeetingOfTheBody"))
                .expectExceptionMessage(containsString("sit eget møde"))
                .expectNoEvents();
    }

    @Test
    void theApprovingMeetingMustExist() {
        fixture.given(circulated())
                .when(new ApproveMinutes(MEETING, MAYOR, APPROVAL_DAY, MeetingId.random()))
                .expectException(unknownReferenceIn("atMeetingId"))
                .expectNoEvents();
    }

    // ---- corrections

    @Test
    void correctsApprovedMinutes() {
        fixture.given(approved())
                .when(new CorrectMinutes(MEETING, correction, PLAN, "Beslutningen lød: handleplanen godkendes med "
                        + "de aftalte ændringer.", "Ordlyden manglede i referatet"))
                .expectEvents(new MinutesCorrected(MEETING, correction, PLAN, "Beslutningen lød: handleplanen "
                        + "godkendes med de aftalte ændringer.", "Ordlyden manglede i referatet"));
    }

    @Test
    void correctsTheMinutesAsAWhole() {
        fixture.given(approved())
                .when(new CorrectMinutes(MEETING, correction, null, "Mødet sluttede kl. 16.30.", "Forkert sluttid"))
                .expectEvents(new MinutesCorrected(MEETING, correction, null, "Mødet sluttede kl. 16.30.",
                        "Forkert sluttid"));
    }

    @Test
    void correctionsAreForApprovedMinutesOnly() {
        fixture.given(circulated())
                .when(new CorrectMinutes(MEETING, correction, null, "Rettelse", "Fejl"))
                .expectException(violationOf("CorrectionsOnlyToApprovedMinutes"))
                .expectExceptionMessage(containsString("Ret referatets tekst direkte"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionConcernsAnItemOfTheMeeting() {
        fixture.given(approved())
                .when(new CorrectMinutes(MEETING, correction, AgendaItemId.random(), "Rettelse", "Fejl"))
                .expectException(unknownReferenceIn("itemId"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionNeedsTextAndReason() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new CorrectMinutes(MEETING, correction, null, "Rettelse", " "))
                .isInstanceOf(InvalidCommand.class)
                .hasMessage("Angiv en begrundelse for rettelsen.");
    }
}
