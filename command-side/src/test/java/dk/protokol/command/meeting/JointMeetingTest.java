package dk.protokol.command.meeting;

import dk.protokol.command.common.InMemoryOrganisationLookup;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.command.meeting.AcceptReferredCase;
import dk.protokol.events.command.meeting.AddJointBody;
import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.command.meeting.ChooseChairOfTheDay;
import dk.protokol.events.command.meeting.NameMinuteTaker;
import dk.protokol.events.command.meeting.RecordAttendance;
import dk.protokol.events.command.meeting.RecordDecision;
import dk.protokol.events.command.meeting.ReferCase;
import dk.protokol.events.command.meeting.RescheduleMeeting;
import dk.protokol.events.command.meeting.WithdrawJointBody;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.ChairOfTheDayChosen;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.JointBodyAdded;
import dk.protokol.events.meeting.JointBodyWithdrawn;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MinuteTakerNamed;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.organisation.MemberRole;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.AAB;
import static dk.protokol.command.meeting.MeetingFixtures.BPS;
import static dk.protokol.command.meeting.MeetingFixtures.BUDGET_REFERRAL;
import static dk.protokol.command.meeting.MeetingFixtures.CONSULTANT;
import static dk.protokol.command.meeting.MeetingFixtures.DEPUTY;
import static dk.protokol.command.meeting.MeetingFixtures.DOMEA;
import static dk.protokol.command.meeting.MeetingFixtures.END;
import static dk.protokol.command.meeting.MeetingFixtures.FKU;
import static dk.protokol.command.meeting.MeetingFixtures.MAYOR;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.PLACE;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.START;
import static dk.protokol.command.meeting.MeetingFixtures.THEME_GROUP;
import static dk.protokol.command.meeting.MeetingFixtures.cancelled;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.present;
import static dk.protokol.command.meeting.MeetingFixtures.published;
import static dk.protokol.command.meeting.MeetingFixtures.scheduled;
import static dk.protokol.command.meeting.MeetingFixtures.withItems;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * A meeting held jointly by several bodies (fællesmøde, issue 10): BPS calls the meeting and a quarter network
 * holds it with it. Which bodies hold it is settled before it opens; their members attend as members; each body must
 * be quorate by its own members; the chair of any of them approves. A rule each, kept and broken.
 */
class JointMeetingTest {

    /** A quarter network with a quorum of 2: a chair and two members, one of whom also sits in BPS. */
    static final BodyId NETWORK = BodyId.random();
    static final BodyId NEW_NETWORK = BodyId.random();
    static final PersonId NETWORK_CHAIR = PersonId.random();
    static final PersonId NETWORK_MEMBER = PersonId.random();
    static final PersonId NETWORK_SECRETARY = PersonId.random();
    static final PersonId SECRETARIAT_OFFICER = PersonId.random();
    static final BodyId SECRETARIAT = BodyId.random();
    static final ReferralId REFERRAL_TO_NETWORK = ReferralId.random();

    private static InMemoryOrganisationLookup organisation() {
        return MeetingFixtures.organisation()
                .withBody(NETWORK, 2)
                .withBodyEstablishedOn(NEW_NETWORK, LocalDate.of(2026, 4, 1))
                .withMember(NETWORK, NETWORK_CHAIR, MemberRole.CHAIR)
                .withMember(NETWORK, NETWORK_MEMBER, MemberRole.MEMBER)
                .withMember(NETWORK, AAB, MemberRole.MEMBER)
                .withMember(NETWORK, NETWORK_SECRETARY, MemberRole.SECRETARY)
                .withBody(SECRETARIAT)
                .withMember(SECRETARIAT, SECRETARIAT_OFFICER, MemberRole.MEMBER)
                .withServes(SECRETARIAT, NETWORK);
    }

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture(organisation());

    private static List<Object> jointAndOpen(Object... attendance) {
        return history(published(), new JointBodyAdded(MEETING, NETWORK),
                new MeetingOpened(MEETING), List.of(attendance));
    }

    // ---- which bodies hold the meeting

    @Test
    void anotherBodyIsAddedBeforeTheMeetingOpensAndWithdrawnAgain() {
        fixture.given(scheduled())
                .when(new AddJointBody(MEETING, NETWORK))
                .expectEvents(new JointBodyAdded(MEETING, NETWORK));
        fixture.given(history(published(), new JointBodyAdded(MEETING, NETWORK)))
                .when(new WithdrawJointBody(MEETING, NETWORK))
                .expectEvents(new JointBodyWithdrawn(MEETING, NETWORK));
    }

    @Test
    void theBodiesAreSettledOnceTheMeetingHasOpened() {
        fixture.given(open())
                .when(new AddJointBody(MEETING, NETWORK))
                .expectException(violationOf("JointBodiesOnlyBeforeTheMeetingOpens"))
                .expectExceptionMessage(containsString("før mødet åbnes"));
        fixture.given(jointAndOpen())
                .when(new WithdrawJointBody(MEETING, NETWORK))
                .expectException(violationOf("JointBodiesOnlyBeforeTheMeetingOpens"));
    }

    @Test
    void aCancelledMeetingTakesNoBody() {
        fixture.given(cancelled())
                .when(new AddJointBody(MEETING, NETWORK))
                .expectException(violationOf("CancelledMeetingTakesNoRecording"));
    }

    @Test
    void theCallingBodyOrOneAlreadyHoldingTheMeetingIsNotAddedAgain() {
        fixture.given(scheduled())
                .when(new AddJointBody(MEETING, BPS))
                .expectException(violationOf("JointBodyIsAnotherBody"))
                .expectExceptionMessage(containsString("mødets eget organ"));
        fixture.given(history(scheduled(), new JointBodyAdded(MEETING, NETWORK)))
                .when(new AddJointBody(MEETING, NETWORK))
                .expectException(violationOf("JointBodyIsAnotherBody"))
                .expectExceptionMessage(containsString("holder allerede mødet"));
    }

    @Test
    void onlyABodyHoldingTheMeetingJointlyIsWithdrawn() {
        fixture.given(scheduled())
                .when(new WithdrawJointBody(MEETING, BPS))
                .expectException(violationOf("OnlyAJointBodyIsWithdrawn"))
                .expectExceptionMessage(containsString("aflys mødet i stedet"));
        fixture.given(scheduled())
                .when(new WithdrawJointBody(MEETING, NETWORK))
                .expectException(violationOf("OnlyAJointBodyIsWithdrawn"));
    }

    @Test
    void aJointBodyExistsOnTheMeetingsDay() {
        fixture.given(scheduled())
                .when(new AddJointBody(MEETING, THEME_GROUP))
                .expectException(violationOf("NoMeetingsOfADissolvedBody"));
        fixture.given(scheduled())
                .when(new AddJointBody(MEETING, NEW_NETWORK))
                .expectException(violationOf("NoMeetingsBeforeTheBodyIsEstablished"))
                .expectExceptionMessage(containsString("først oprettet den 1. april 2026"));
        fixture.given(scheduled())
                .when(new AddJointBody(MEETING, BodyId.random()))
                .expectException(UnknownReference.class);
    }

    @Test
    void aJointMeetingIsMovedOnlyToADayEveryBodyExists() {
        fixture.given(history(scheduled(), new JointBodyAdded(MEETING, NETWORK)))
                .when(new RescheduleMeeting(MEETING, START.plusDays(1), END.plusDays(1), PLACE))
                .expectEvents(new MeetingRescheduled(MEETING, START.plusDays(1), END.plusDays(1), PLACE));
        FixtureConfiguration<Meeting> withTheNetworkDissolved = MeetingFixtures.fixture(organisation()
                .withDissolvedBody(NEW_NETWORK, LocalDate.of(2026, 3, 11)));
        withTheNetworkDissolved.given(history(scheduled(), new JointBodyAdded(MEETING, NEW_NETWORK)))
                .when(new RescheduleMeeting(MEETING, START.plusDays(1), END.plusDays(1), PLACE))
                .expectException(violationOf("NoMeetingsOfADissolvedBody"));
    }

    // ---- attendance, quorum and decisions per body

    @Test
    void theJointBodysMembersAttendAsMembers() {
        fixture.given(jointAndOpen())
                .when(new RecordAttendance(MEETING, NETWORK_CHAIR, AttendanceStatus.PRESENT, null, null, null, null))
                .expectEvents(new AttendanceRecorded(MEETING, NETWORK_CHAIR, AttendanceStatus.PRESENT, null, null,
                        null, null));
        // without the network holding the meeting, its chair is no member: a guest at most
        fixture.given(open())
                .when(new RecordAttendance(MEETING, NETWORK_CHAIR, AttendanceStatus.PRESENT, null, null, null, null))
                .expectException(violationOf("AttendanceOnlyForMembersSubstitutesOrGuests"));
    }

    @Test
    void everyBodyHoldingTheMeetingMustBeQuorateForADecision() {
        RecordDecision adopt = new RecordDecision(MEETING, PLAN, DecisionId.random(), "Handleplanen godkendes.",
                DecisionOutcome.ADOPTED, null, null, null, null);
        // BPS quorate (4 of 3); the network has only AAB, who sits in both (1 of 2)
        fixture.given(jointAndOpen(present(MAYOR), present(DEPUTY), present(AAB), present(DOMEA)))
                .when(adopt)
                .expectException(violationOf("QuorumRequired"))
                .expectExceptionMessage(allOf(
                        containsString("Et af de organer, der holder mødet sammen med mødets organ"),
                        containsString("1 stemmeberettigede medlemmer af det er til stede")));
        // the network's chair comes too: both quorate; a person in both bodies counts in each
        fixture.given(jointAndOpen(present(MAYOR), present(DEPUTY), present(AAB), present(DOMEA),
                        present(NETWORK_CHAIR)))
                .when(adopt)
                .expectSuccessfulHandlerExecution();
        // the network quorate, BPS not (2 of 3): the calling body's own message
        fixture.given(jointAndOpen(present(MAYOR), present(AAB), present(NETWORK_CHAIR)))
                .when(adopt)
                .expectException(violationOf("QuorumRequired"))
                .expectExceptionMessage(containsString("Organet er ikke beslutningsdygtigt"));
    }

    @Test
    void votesCastCountEveryVotingMemberPresentOnce() {
        // voting members present: MAYOR, DEPUTY, AAB (in both), DOMEA, NETWORK_CHAIR = 5
        List<Object> given = jointAndOpen(present(MAYOR), present(DEPUTY), present(AAB), present(DOMEA),
                present(NETWORK_CHAIR));
        fixture.given(given)
                .when(new RecordDecision(MEETING, PLAN, DecisionId.random(), "Vedtaget.", DecisionOutcome.ADOPTED,
                        null, 4, 1, 0))
                .expectSuccessfulHandlerExecution();
        fixture.given(given)
                .when(new RecordDecision(MEETING, PLAN, DecisionId.random(), "Vedtaget.", DecisionOutcome.ADOPTED,
                        null, 5, 1, 0))
                .expectException(violationOf("ConflictedMemberDoesNotVote"));
    }

    // ---- who leads, who writes, who approves

    @Test
    void theChairForTheDayAndTheMinuteTakerMayComeFromTheJointBody() {
        fixture.given(jointAndOpen(present(NETWORK_MEMBER)))
                .when(new ChooseChairOfTheDay(MEETING, NETWORK_MEMBER))
                .expectEvents(new ChairOfTheDayChosen(MEETING, NETWORK_MEMBER));
        fixture.given(jointAndOpen())
                .when(new NameMinuteTaker(MEETING, NETWORK_SECRETARY))
                .expectEvents(new MinuteTakerNamed(MEETING, NETWORK_SECRETARY));
        fixture.given(jointAndOpen())
                .when(new NameMinuteTaker(MEETING, SECRETARIAT_OFFICER))
                .expectEvents(new MinuteTakerNamed(MEETING, SECRETARIAT_OFFICER));
        fixture.given(open())
                .when(new NameMinuteTaker(MEETING, SECRETARIAT_OFFICER))
                .expectException(violationOf("MinuteTakerRecordsForTheBody"));
    }

    @Test
    void theChairOfTheJointBodyApprovesWhenTheChairsWerePresent() {
        List<Object> circulated = history(jointAndOpen(present(MAYOR), present(DEPUTY), present(AAB), present(DOMEA),
                        present(NETWORK_CHAIR)),
                new DecisionRecorded(MEETING, PLAN, DecisionId.random(), "Vedtaget.", DecisionOutcome.ADOPTED, null,
                        null, null, null, false),
                new MeetingClosed(MEETING), new MinutesCirculated(MEETING));
        LocalDate approvalDay = LocalDate.of(2026, 4, 1);
        fixture.given(circulated)
                .when(new ApproveMinutes(MEETING, NETWORK_CHAIR, approvalDay, null))
                .expectEvents(new MinutesApproved(MEETING, NETWORK_CHAIR, null));
        fixture.given(circulated)
                .when(new ApproveMinutes(MEETING, NETWORK_MEMBER, approvalDay, null))
                .expectException(violationOf("OnlyTheChairApproves"));
        fixture.given(circulated)
                .when(new ApproveMinutes(MEETING, CONSULTANT, approvalDay, null))
                .expectException(violationOf("OnlyTheChairApproves"));
    }

    // ---- cases

    @Test
    void aCaseIsNotReferredToABodyHoldingTheMeeting() {
        fixture.given(jointAndOpen(present(MAYOR), present(DEPUTY), present(AAB)))
                .when(new ReferCase(MEETING, PLAN, ReferralId.random(), NETWORK, "Til netværket."))
                .expectException(violationOf("ReferralToAnotherBody"))
                .expectExceptionMessage(containsString("holder selv mødet"));
        fixture.given(jointAndOpen(present(MAYOR), present(DEPUTY), present(AAB)))
                .when(new ReferCase(MEETING, PLAN, ReferralId.random(), FKU, "Til FKU."))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aCaseReferredToTheJointBodyMayBeTakenUpAtTheJointMeeting() {
        AggregateTestFixture<Meeting> withReferral = new AggregateTestFixture<>(Meeting.class);
        withReferral.registerInjectableResource(organisation());
        withReferral.registerInjectableResource(MeetingFixtures.meetings());
        withReferral.registerInjectableResource(MeetingFixtures.referrals().with(new KnownReferral(
                REFERRAL_TO_NETWORK, FKU, MeetingFixtures.FKU_MEETING, MeetingFixtures.FKU_BUDGET_ITEM,
                "Boligsociale aktiviteter", "Netværket bedes drøfte sagen.", NETWORK, null, null)));
        AgendaItemId item = AgendaItemId.random();
        withReferral.given(history(withItems(), new JointBodyAdded(MEETING, NETWORK)))
                .when(new AcceptReferredCase(MEETING, item, REFERRAL_TO_NETWORK, null, null))
                .expectSuccessfulHandlerExecution();
        // a referral to BPS still goes to BPS's meetings, joint or not
        withReferral.given(history(withItems(), new JointBodyAdded(MEETING, NETWORK)))
                .when(new AcceptReferredCase(MEETING, item, BUDGET_REFERRAL, null, null))
                .expectSuccessfulHandlerExecution();
    }
}
