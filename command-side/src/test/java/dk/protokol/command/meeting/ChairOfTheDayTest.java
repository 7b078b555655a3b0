package dk.protokol.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.meeting.ApproveMinutes;
import dk.protokol.events.command.meeting.ChooseChairOfTheDay;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.ChairOfTheDayChosen;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.organisation.MemberRole;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.protokol.command.common.Violations.violationOf;
import static dk.protokol.command.meeting.MeetingFixtures.AAB;
import static dk.protokol.command.meeting.MeetingFixtures.BPS;
import static dk.protokol.command.meeting.MeetingFixtures.CONSULTANT;
import static dk.protokol.command.meeting.MeetingFixtures.DEPUTY;
import static dk.protokol.command.meeting.MeetingFixtures.DOMEA;
import static dk.protokol.command.meeting.MeetingFixtures.LEJERBO;
import static dk.protokol.command.meeting.MeetingFixtures.MAYOR;
import static dk.protokol.command.meeting.MeetingFixtures.MEETING;
import static dk.protokol.command.meeting.MeetingFixtures.OBSERVER;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN;
import static dk.protokol.command.meeting.MeetingFixtures.PLAN_ADOPTED;
import static dk.protokol.command.meeting.MeetingFixtures.approved;
import static dk.protokol.command.meeting.MeetingFixtures.history;
import static dk.protokol.command.meeting.MeetingFixtures.open;
import static dk.protokol.command.meeting.MeetingFixtures.openAndQuorate;
import static dk.protokol.command.meeting.MeetingFixtures.organisation;
import static dk.protokol.command.meeting.MeetingFixtures.present;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;

/**
 * The meeting's chair for the day (mødeleder), and who approves the minutes (issue 10): the chair when the chair was
 * there; otherwise the chair for the day or the vice-chair. A rule each, broken here.
 */
class ChairOfTheDayTest {

    private static final LocalDate APPROVAL_DAY = LocalDate.of(2026, 6, 2);

    private final FixtureConfiguration<Meeting> fixture = MeetingFixtures.fixture();

    /** Open, the chair sent apologies; the vice-chair and three members present (quorate). */
    private static List<Object> openWithoutTheChair() {
        return history(open(), new AttendanceRecorded(MEETING, MAYOR, AttendanceStatus.APOLOGIES, null, null, null,
                null), present(DEPUTY), present(AAB), present(DOMEA), present(LEJERBO));
    }

    private static List<Object> circulatedAfter(List<Object> opened, Object... more) {
        return history(opened, List.of(more), new DecisionRecorded(MEETING, PLAN, PLAN_ADOPTED, "Handleplanen godkendes.",
                DecisionOutcome.ADOPTED, null, null, null, null, false), new MeetingClosed(MEETING),
                new MinutesCirculated(MEETING));
    }

    @Test
    void aVotingMemberPresentIsChosenChairOfTheDay() {
        fixture.given(openWithoutTheChair())
                .when(new ChooseChairOfTheDay(MEETING, AAB))
                .expectEvents(new ChairOfTheDayChosen(MEETING, AAB));
    }

    @Test
    void choosingTheSameChairOfTheDayAgainRecordsNothing() {
        fixture.given(history(openWithoutTheChair(), new ChairOfTheDayChosen(MEETING, AAB)))
                .when(new ChooseChairOfTheDay(MEETING, AAB))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theChairOfTheDayIsAVotingMemberOfTheBody() {
        fixture.given(history(openWithoutTheChair(), present(OBSERVER)))
                .when(new ChooseChairOfTheDay(MEETING, OBSERVER))
                .expectException(violationOf("ChairOfTheDayIsAVotingMemberPresent"))
                .expectExceptionMessage(containsString("stemmeberettiget medlem af organet"))
                .expectNoEvents();
        fixture.given(openWithoutTheChair())
                .when(new ChooseChairOfTheDay(MEETING, CONSULTANT))
                .expectException(violationOf("ChairOfTheDayIsAVotingMemberPresent"))
                .expectNoEvents();
    }

    @Test
    void theChairOfTheDayWasPresent() {
        fixture.given(history(open(), present(DEPUTY)))
                .when(new ChooseChairOfTheDay(MEETING, AAB))
                .expectException(violationOf("ChairOfTheDayIsAVotingMemberPresent"))
                .expectExceptionMessage(containsString("registreret som til stede"))
                .expectNoEvents();
    }

    @Test
    void noChairOfTheDayChosenAfterTheMinutesAreApproved() {
        fixture.given(approved())
                .when(new ChooseChairOfTheDay(MEETING, AAB))
                .expectException(violationOf("ApprovedMinutesNeverChange"))
                .expectNoEvents();
    }

    @Test
    void aChairOfTheDayMustBeNamed() {
        assertThatThrownBy(() -> new ChooseChairOfTheDay(MEETING, null))
                .isInstanceOf(InvalidCommand.class).hasMessage("Vælg mødelederen.");
    }

    @Test
    void whenTheChairWasAbsentTheChairOfTheDayApproves() {
        fixture.given(circulatedAfter(openWithoutTheChair(), new ChairOfTheDayChosen(MEETING, AAB)))
                .when(new ApproveMinutes(MEETING, AAB, APPROVAL_DAY, null))
                .expectEvents(new MinutesApproved(MEETING, AAB, null));
    }

    @Test
    void whenTheChairWasAbsentTheViceChairApproves() {
        fixture.given(circulatedAfter(openWithoutTheChair()))
                .when(new ApproveMinutes(MEETING, DEPUTY, APPROVAL_DAY, null))
                .expectEvents(new MinutesApproved(MEETING, DEPUTY, null));
    }

    @Test
    void whenTheChairWasAbsentAnotherMemberDoesNotApprove() {
        fixture.given(circulatedAfter(openWithoutTheChair(), new ChairOfTheDayChosen(MEETING, AAB)))
                .when(new ApproveMinutes(MEETING, DOMEA, APPROVAL_DAY, null))
                .expectException(violationOf("InTheChairsAbsenceTheChairOfTheDayOrViceChairApproves"))
                .expectExceptionMessage(containsString("godkendes af mødelederen eller næstformanden"))
                .expectNoEvents();
        fixture.given(circulatedAfter(openWithoutTheChair()))
                .when(new ApproveMinutes(MEETING, DOMEA, APPROVAL_DAY, null))
                .expectException(violationOf("InTheChairsAbsenceTheChairOfTheDayOrViceChairApproves"))
                .expectExceptionMessage(containsString("Der er ikke valgt en mødeleder"))
                .expectNoEvents();
    }

    @Test
    void whenTheChairWasPresentTheChairOfTheDayDoesNotApprove() {
        fixture.given(circulatedAfter(openAndQuorate(), new ChairOfTheDayChosen(MEETING, AAB)))
                .when(new ApproveMinutes(MEETING, AAB, APPROVAL_DAY, null))
                .expectException(violationOf("OnlyTheChairApproves"))
                .expectNoEvents();
    }

    @Test
    void aBodyWithoutAChairHasItsMinutesApprovedByTheChairOfTheDay() {
        FixtureConfiguration<Meeting> noChair = MeetingFixtures.fixture(organisation()
                .withMember(BPS, MAYOR, MemberRole.MEMBER, LocalDate.of(2026, 1, 1), null));
        noChair.given(circulatedAfter(openWithoutTheChair(), new ChairOfTheDayChosen(MEETING, LEJERBO)))
                .when(new ApproveMinutes(MEETING, LEJERBO, APPROVAL_DAY, null))
                .expectEvents(new MinutesApproved(MEETING, LEJERBO, null));
    }
}
