package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingClosed;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.AAB;
import static dk.protokol.command.meeting.MeetingFixtures.BPS;
import static dk.protokol.command.meeting.MeetingFixtures.CONSULTANT;
import static dk.protokol.command.meeting.MeetingFixtures.DEPUTY;
import static dk.protokol.command.meeting.MeetingFixtures.DOMEA;
import static dk.protokol.command.meeting.MeetingFixtures.MAYOR;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.NEWS;
import static dk.protokol.command.meeting.MeetingFixtures.OBSERVER;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.SECRETARY;
import static dk.protokol.command.meeting.MeetingFixtures.STANDING;
import static dk.protokol.command.meeting.MeetingFixtures.SUBSTITUTE;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.circulated;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.openAndQuorate;
import static dk.protokol.command.meeting.MeetingFixtures.organisation;
import static dk.protokol.command.meeting.MeetingFixtures.present;
import static dk.protokol.command.meeting.MeetingFixtures.published;
import static dk.protokol.command.meeting.MeetingFixtures.standingInFor;
import static org.hamcrest.Matchers.containsString;

/** Decisions, the quorum of BPS (3 voting members) and the votes. */
class DecisionTest {

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();
    private final DecisionId decision = DecisionId.random();

    private RecordDecision adopt(AgendaItemId item) {
        return new RecordDecision(MEETING, item, decision, "Handleplanen godkendes.", DecisionOutcome.ADOPTED, null,
                null, null, null);
    }

    private RecordDecision adoptWithVotes(int votesFor, int votesAgainst, int abstentions) {
        return new RecordDecision(MEETING, PLAN, decision, "Handleplanen godkendes.", DecisionOutcome.ADOPTED, null,
                votesFor, votesAgainst, abstentions);
    }

    @Test
    void recordsADecisionWithRecommendationAndVotes() {
        fixture.given(openAndQuorate())
                .when(new RecordDecision(MEETING, PLAN, decision, " Handleplanen godkendes. ", DecisionOutcome.ADOPTED,
                        "Sekretariatet indstiller, at handleplanen godkendes.", 3, 1, 0))
                .expectEvents(new DecisionRecorded(MEETING, PLAN, decision, "Handleplanen godkendes.",
                        DecisionOutcome.ADOPTED, "Sekretariatet indstiller, at handleplanen godkendes.", 3, 1, 0,
                        false));
    }

    @Test
    void aDecisionEnteredAfterTheMeetingClosedIsALateEntry() {
        fixture.given(history(openAndQuorate(), new MeetingClosed(MEETING)))
                .when(adopt(PLAN))
                .expectEvents(new DecisionRecorded(MEETING, PLAN, decision, "Handleplanen godkendes.",
                        DecisionOutcome.ADOPTED, null, null, null, null, true));
    }

    @Test
    void noDecisionsBeforeTheMeetingOpens() {
        fixture.given(published())
                .when(adopt(PLAN))
                .expectException(violationOf("DecisionsOnlyWhileOpenOrBeforeCirculation"))
                .expectExceptionMessage(containsString("Mødet er ikke åbnet endnu"))
                .expectNoEvents();
    }

    @Test
    void noDecisionsOnceTheMinutesAreOut() {
        fixture.given(circulated())
                .when(adopt(PLAN))
                .expectException(violationOf("DecisionsOnlyWhileOpenOrBeforeCirculation"))
                .expectExceptionMessage(containsString("Referatet er sendt ud"))
                .expectNoEvents();
    }

    @Test
    void onlyItemsForDecisionTakeDecisions() {
        fixture.given(openAndQuorate())
                .when(adopt(NEWS))
                .expectException(violationOf("DecisionsOnlyOnDecisionItems"))
                .expectExceptionMessage(containsString("Punktet er til orientering, ikke til beslutning"))
                .expectNoEvents();
    }

    @Test
    void aBodyWithAQuorumDecidesOnlyWhenQuorate() {
        fixture.given(history(open(), present(MAYOR), present(AAB)))
                .when(adopt(PLAN))
                .expectException(violationOf("QuorumRequired"))
                .expectExceptionMessage(containsString("2 stemmeberettigede medlemmer er til stede, og der skal være "
                        + "mindst 3"))
                .expectNoEvents();
    }

    @Test
    void observersTheSecretaryAndGuestsMakeNoQuorum() {
        fixture.given(history(open(), present(MAYOR), present(AAB), present(OBSERVER), present(SECRETARY),
                        new AttendanceRecorded(MEETING, CONSULTANT, AttendanceStatus.GUEST, null, null, null, null)))
                .when(adopt(PLAN))
                .expectException(violationOf("QuorumRequired"))
                .expectNoEvents();
    }

    @Test
    void membersWhoSentApologiesDoNotCount() {
        fixture.given(history(open(), present(MAYOR), present(AAB),
                        new AttendanceRecorded(MEETING, DOMEA, AttendanceStatus.APOLOGIES, null, null, null, null)))
                .when(adopt(PLAN))
                .expectException(violationOf("QuorumRequired"))
                .expectNoEvents();
    }

    @Test
    void theLatestAttendanceOfAPersonCounts() {
        fixture.given(history(openAndQuorate(),
                        new AttendanceRecorded(MEETING, DOMEA, AttendanceStatus.ABSENT, null, null, null, null),
                        new AttendanceRecorded(MEETING, AAB, AttendanceStatus.APOLOGIES, null, null, null, null)))
                .when(adopt(PLAN))
                .expectException(violationOf("QuorumRequired"))
                .expectNoEvents();
    }

    @Test
    void aSubstituteStandingInForAMemberCountsTowardsTheQuorum() {
        fixture.given(history(open(), present(MAYOR), present(AAB), standingInFor(SUBSTITUTE, DEPUTY)))
                .when(adopt(PLAN))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aSubstituteDoesNotCountWhileTheMemberIsThereThemselves() {
        fixture.given(history(open(), present(MAYOR), present(DEPUTY), standingInFor(SUBSTITUTE, DEPUTY)))
                .when(adopt(PLAN))
                .expectException(violationOf("QuorumRequired"))
                .expectNoEvents();
    }

    @Test
    void aMemberWhoLeftBeforeTheItemDoesNotCount() {
        fixture.given(history(open(), present(MAYOR), present(AAB),
                        new AttendanceRecorded(MEETING, DOMEA, AttendanceStatus.PRESENT, null, null, STANDING,
                                "Gik efter punkt 1")))
                .when(adopt(PLAN))
                .expectException(violationOf("QuorumRequired"))
                .expectNoEvents();
    }

    @Test
    void aSubstituteTakesOverFromAMemberWhoLeft() {
        fixture.given(history(open(), present(MAYOR), present(AAB),
                        new AttendanceRecorded(MEETING, DEPUTY, AttendanceStatus.PRESENT, null, null, STANDING, null),
                        new AttendanceRecorded(MEETING, SUBSTITUTE, AttendanceStatus.PRESENT, DEPUTY, PLAN, null,
                                null)))
                .when(adopt(PLAN))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aConflictedMemberDoesNotCountTowardsTheQuorum() {
        fixture.given(history(open(), present(MAYOR), present(AAB), present(DOMEA),
                        new ConflictOfInterestDeclared(MEETING, PLAN, AAB, null)))
                .when(adopt(PLAN))
                .expectException(violationOf("QuorumRequired"))
                .expectExceptionMessage(containsString("(uden de 1 inhabile)"))
                .expectNoEvents();
    }

    @Test
    void aConflictOnAnotherItemDoesNotCount() {
        fixture.given(history(open(), present(MAYOR), present(AAB), present(DOMEA),
                        new ConflictOfInterestDeclared(MEETING, NEWS, AAB, null)))
                .when(adopt(PLAN))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void votesCannotOutnumberTheVotingMembersPresent() {
        fixture.given(openAndQuorate())
                .when(adoptWithVotes(3, 2, 0))
                .expectException(violationOf("ConflictedMemberDoesNotVote"))
                .expectExceptionMessage(containsString("5 stemmer, men kun 4 stemmeberettigede"))
                .expectNoEvents();
    }

    @Test
    void aConflictedMemberCastsNoVote() {
        fixture.given(history(openAndQuorate(), new ConflictOfInterestDeclared(MEETING, PLAN, DOMEA, null)))
                .when(adoptWithVotes(3, 1, 0))
                .expectException(violationOf("ConflictedMemberDoesNotVote"))
                .expectExceptionMessage(containsString("Inhabile medlemmer (1) stemmer ikke"))
                .expectNoEvents();
    }

    @Test
    void theMembersWhoAreNotConflictedVote() {
        fixture.given(history(openAndQuorate(), new ConflictOfInterestDeclared(MEETING, PLAN, DOMEA, null)))
                .when(adoptWithVotes(2, 0, 1))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aBodyWithoutAQuorumDecidesWithThoseWhoCame() {
        FixtureConfiguration<Meeting> noQuorum = MeetingFixtures.fixture(organisation().withBody(BPS));
        noQuorum.given(history(open(), present(MAYOR)))
                .when(adopt(PLAN))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aBodyThatIsNotQuorateMayPostponeTheItem() {
        fixture.given(history(open(), present(MAYOR)))
                .when(new RecordDecision(MEETING, PLAN, decision, "Punktet udsættes; styregruppen var ikke "
                        + "beslutningsdygtig.", DecisionOutcome.POSTPONED, null, null, null, null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void votesCannotBeNegative() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> adoptWithVotes(3, -1, 0))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void aDecisionNeedsText() {
        // a limit of the command: it cannot even be made, so no path can send it
        assertThatThrownBy(() -> new RecordDecision(MEETING, PLAN, decision, " ", DecisionOutcome.ADOPTED, null, null, null,
                        null))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void aWithdrawnItemTakesNoDecision() {
        fixture.given(history(openAndQuorate(), new AgendaItemWithdrawn(MEETING, PLAN, "Udsat")))
                .when(adopt(PLAN))
                .expectException(violationOf("WithdrawnItemTakesNoRecording"))
                .expectNoEvents();
    }

    @Test
    void aDecisionGoesUnderAnItemOfTheMeeting() {
        fixture.given(openAndQuorate())
                .when(adopt(AgendaItemId.random()))
                .expectException(unknownReferenceIn("itemId"))
                .expectNoEvents();
    }

    @Test
    void approvedMinutesTakeNoNewDecisions() {
        fixture.given(approved())
                .when(adopt(PLAN))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }

    @Test
    void aCancelledMeetingTakesNoDecisions() {
        fixture.given(cancelled())
                .when(adopt(PLAN))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"))
                .expectNoEvents();
    }
}
