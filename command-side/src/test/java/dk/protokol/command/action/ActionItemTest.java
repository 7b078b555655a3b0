package dk.protokol.command.action;

import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.action.CancelAction;
import dk.protokol.events.command.action.ChangeActionDueDate;
import dk.protokol.events.command.action.CompleteAction;
import dk.protokol.events.command.action.ReassignAction;
import dk.protokol.events.command.action.ReopenAction;
import dk.protokol.events.command.action.ReportActionProgress;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionDueDateChanged;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.action.ActionReopened;
import dk.protokol.events.action.ActionCancelled;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dk.protokol.command.action.ActionFixtures.COLLEAGUE;
import static dk.protokol.command.action.ActionFixtures.DUE;
import static dk.protokol.command.action.ActionFixtures.FKU_MEETING;
import static dk.protokol.command.action.ActionFixtures.FOLLOW_UP_MEETING;
import static dk.protokol.command.action.ActionFixtures.MEETING_DAY;
import static dk.protokol.command.action.ActionFixtures.OWNER;
import static dk.protokol.command.action.ActionFixtures.TODAY;
import static dk.protokol.command.action.ActionFixtures.cancelled;
import static dk.protokol.command.action.ActionFixtures.completed;
import static dk.protokol.command.action.ActionFixtures.open;
import static dk.protokol.command.action.ActionFixtures.opened;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static org.hamcrest.Matchers.containsString;

/** An action's life after the meeting that agreed it: every command, and a test that breaks each rule. */
class ActionItemTest {

    private final FixtureConfiguration<ActionItem> fixture = ActionFixtures.fixture();
    private final ActionId action = ActionId.random();

    @Test
    void anAgreedActionIsOpenedUnderTheIdItWasAgreedWith() {
        fixture.givenNoPriorActivity()
                .when(open(action))
                .expectEvents(opened(action));
    }

    @Nested
    class Progress {

        @Test
        void theOwnerReportsHowItIsGoing() {
            fixture.given(opened(action))
                    .when(new ReportActionProgress(action, " Udkast sendt til høring. ", null))
                    .expectEvents(new ActionProgressReported(action, "Udkast sendt til høring.", null));
        }

        @Test
        void progressReportedAtAMeetingOfTheBodyIsLinkedToIt() {
            fixture.given(opened(action))
                    .when(new ReportActionProgress(action, "Status givet på mødet", FOLLOW_UP_MEETING))
                    .expectEvents(new ActionProgressReported(action, "Status givet på mødet", FOLLOW_UP_MEETING));
        }

        @Test
        void theMeetingMustExist() {
            fixture.given(opened(action))
                    .when(new ReportActionProgress(action, "Status", MeetingId.random()))
                    .expectException(unknownReferenceIn("meetingId"))
                    .expectNoEvents();
        }

        @Test
        void aMeetingOfAnotherBodyDoesNotFollowTheActionUp() {
            fixture.given(opened(action))
                    .when(new ReportActionProgress(action, "Status", FKU_MEETING))
                    .expectException(violationOf("ProgressAtAMeetingOfTheActionsBody"))
                    .expectNoEvents();
        }

        @Test
        void aReportSaysSomething() {
            // a limit of the command: it cannot even be made, so no path can send it
            assertThatThrownBy(() -> new ReportActionProgress(action, "  ", null))
                    .isInstanceOf(InvalidCommand.class)
                    .hasMessage("Skriv, hvordan det går med handlingen.");
        }

        @Test
        void noProgressOnACompletedAction() {
            fixture.given(opened(action), completed(action))
                    .when(new ReportActionProgress(action, "Mere at melde", null))
                    .expectException(violationOf("ActionMustBeOpenToProgress"))
                    .expectExceptionMessage(containsString("denne er meldt udført"))
                    .expectNoEvents();
        }

        @Test
        void noProgressOnACancelledAction() {
            fixture.given(opened(action), cancelled(action))
                    .when(new ReportActionProgress(action, "Mere at melde", null))
                    .expectException(violationOf("ActionMustBeOpenToProgress"))
                    .expectExceptionMessage(containsString("denne er annulleret"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Reassignment {

        @Test
        void theActionGetsANewOwner() {
            fixture.given(opened(action))
                    .when(new ReassignAction(action, COLLEAGUE))
                    .expectEvents(new ActionReassigned(action, OWNER, COLLEAGUE));
        }

        @Test
        void theNewOwnerIsRememberedForTheNextReassignment() {
            fixture.given(opened(action), new ActionReassigned(action, OWNER, COLLEAGUE))
                    .when(new ReassignAction(action, OWNER))
                    .expectEvents(new ActionReassigned(action, COLLEAGUE, OWNER));
        }

        @Test
        void theNewOwnerMustBeARegisteredPerson() {
            fixture.given(opened(action))
                    .when(new ReassignAction(action, PersonId.random()))
                    .expectException(unknownReferenceIn("ownerId"))
                    .expectNoEvents();
        }

        @Test
        void theNewOwnerMustDiffer() {
            fixture.given(opened(action))
                    .when(new ReassignAction(action, OWNER))
                    .expectException(violationOf("NewOwnerMustDiffer"))
                    .expectNoEvents();
        }

        @Test
        void aCompletedActionIsNotReassigned() {
            fixture.given(opened(action), completed(action))
                    .when(new ReassignAction(action, COLLEAGUE))
                    .expectException(violationOf("ActionAlreadyCompleted"))
                    .expectExceptionMessage(containsString("meldt udført den 2. april 2026"))
                    .expectNoEvents();
        }

        @Test
        void aCancelledActionIsNotReassigned() {
            fixture.given(opened(action), cancelled(action))
                    .when(new ReassignAction(action, COLLEAGUE))
                    .expectException(violationOf("ActionAlreadyCancelled"))
                    .expectNoEvents();
        }
    }

    @Nested
    class DueDate {

        private final LocalDate later = LocalDate.of(2026, 6, 30);

        @Test
        void theDueDateMovesForAReason() {
            fixture.given(opened(action))
                    .when(new ChangeActionDueDate(action, later, " Afventer budgettet "))
                    .expectEvents(new ActionDueDateChanged(action, DUE, later, "Afventer budgettet"));
        }

        @Test
        void theNewDueDateIsRememberedForTheNextChange() {
            fixture.given(opened(action), new ActionDueDateChanged(action, DUE, later, "Afventer budgettet"))
                    .when(new ChangeActionDueDate(action, DUE, "Budgettet kom alligevel"))
                    .expectEvents(new ActionDueDateChanged(action, later, DUE, "Budgettet kom alligevel"));
        }

        @Test
        void theNewDueDateMustDiffer() {
            fixture.given(opened(action))
                    .when(new ChangeActionDueDate(action, DUE, "Samme frist"))
                    .expectException(violationOf("NewDueDateMustDiffer"))
                    .expectExceptionMessage(containsString("Fristen er allerede 1. maj 2026"))
                    .expectNoEvents();
        }

        @Test
        void theNewDueDateIsNotBeforeTheMeetingThatAgreedTheAction() {
            fixture.given(opened(action))
                    .when(new ChangeActionDueDate(action, MEETING_DAY.minusDays(1), "Tidligere"))
                    .expectException(violationOf("NewDueDateNotBeforeTheMeeting"))
                    .expectExceptionMessage(containsString("(10. marts 2026)"))
                    .expectNoEvents();
        }

        @Test
        void aMovedDueDateIsExplained() {
            // a limit of the command: it cannot even be made, so no path can send it
            assertThatThrownBy(() -> new ChangeActionDueDate(action, later, null))
                    .isInstanceOf(InvalidCommand.class)
                    .hasMessage("Angiv en begrundelse for den nye frist.");
        }

        @Test
        void aCompletedActionKeepsItsDueDate() {
            fixture.given(opened(action), completed(action))
                    .when(new ChangeActionDueDate(action, later, "For sent"))
                    .expectException(violationOf("ActionAlreadyCompleted"))
                    .expectNoEvents();
        }

        @Test
        void aCancelledActionKeepsItsDueDate() {
            fixture.given(opened(action), cancelled(action))
                    .when(new ChangeActionDueDate(action, later, "For sent"))
                    .expectException(violationOf("ActionAlreadyCancelled"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Completion {

        @Test
        void theActionIsCompletedWithANote() {
            fixture.given(opened(action))
                    .when(new CompleteAction(action, TODAY, " Sendt til fonden. "))
                    .expectEvents(new ActionCompleted(action, TODAY, "Sendt til fonden."));
        }

        @Test
        void aNoteIsOptional() {
            fixture.given(opened(action))
                    .when(new CompleteAction(action, MEETING_DAY, " "))
                    .expectEvents(new ActionCompleted(action, MEETING_DAY, null));
        }

        @Test
        void anActionIsNotReportedDoneBeforeItIsDone() {
            fixture.given(opened(action))
                    .when(new CompleteAction(action, TODAY.plusDays(1), null))
                    .expectException(violationOf("CompletionNotInTheFuture"))
                    .expectExceptionMessage(containsString("(16. april 2026)"))
                    .expectNoEvents();
        }

        @Test
        void anActionIsNotDoneBeforeTheMeetingThatAgreedIt() {
            fixture.given(opened(action))
                    .when(new CompleteAction(action, MEETING_DAY.minusDays(1), null))
                    .expectException(violationOf("CompletionNotBeforeTheMeeting"))
                    .expectExceptionMessage(containsString("aftalt på mødet den 10. marts 2026"))
                    .expectNoEvents();
        }

        @Test
        void anActionIsCompletedOnce() {
            fixture.given(opened(action), completed(action))
                    .when(new CompleteAction(action, TODAY, null))
                    .expectException(violationOf("ActionAlreadyCompleted"))
                    .expectNoEvents();
        }

        @Test
        void aCancelledActionIsNotCompleted() {
            fixture.given(opened(action), cancelled(action))
                    .when(new CompleteAction(action, TODAY, null))
                    .expectException(violationOf("ActionAlreadyCancelled"))
                    .expectExceptionMessage(containsString("Genåbn den"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Cancellation {

        @Test
        void theActionIsCancelledForAReason() {
            fixture.given(opened(action))
                    .when(new CancelAction(action, " Fonden har lukket for ansøgninger "))
                    .expectEvents(new ActionCancelled(action, "Fonden har lukket for ansøgninger"));
        }

        @Test
        void aCancellationIsExplained() {
            // a limit of the command: it cannot even be made, so no path can send it
            assertThatThrownBy(() -> new CancelAction(action, ""))
                    .isInstanceOf(InvalidCommand.class)
                    .hasMessage("Angiv en begrundelse.");
        }

        @Test
        void aCompletedActionIsNotCancelled() {
            fixture.given(opened(action), completed(action))
                    .when(new CancelAction(action, "Alligevel ikke"))
                    .expectException(violationOf("ActionAlreadyCompleted"))
                    .expectNoEvents();
        }

        @Test
        void anActionIsCancelledOnce() {
            fixture.given(opened(action), cancelled(action))
                    .when(new CancelAction(action, "Igen"))
                    .expectException(violationOf("ActionAlreadyCancelled"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Reopening {

        @Test
        void aCompletedActionIsReopened() {
            fixture.given(opened(action), completed(action))
                    .when(new ReopenAction(action, " Fonden bad om flere bilag "))
                    .expectEvents(new ActionReopened(action, "Fonden bad om flere bilag"));
        }

        @Test
        void aCancelledActionIsReopened() {
            fixture.given(opened(action), cancelled(action))
                    .when(new ReopenAction(action, "Fonden åbnede igen"))
                    .expectEvents(new ActionReopened(action, "Fonden åbnede igen"));
        }

        @Test
        void aReopenedActionIsOpenAgain() {
            fixture.given(opened(action), completed(action), new ActionReopened(action, "Flere bilag"))
                    .when(new CompleteAction(action, TODAY, "Bilag sendt"))
                    .expectEvents(new ActionCompleted(action, TODAY, "Bilag sendt"));
        }

        @Test
        void onlyAClosedActionIsReopened() {
            fixture.given(opened(action))
                    .when(new ReopenAction(action, "Hvorfor?"))
                    .expectException(violationOf("OnlyClosedActionsReopen"))
                    .expectNoEvents();
        }

        @Test
        void aReopeningIsExplained() {
            // a limit of the command: it cannot even be made, so no path can send it
            assertThatThrownBy(() -> new ReopenAction(action, null))
                    .isInstanceOf(InvalidCommand.class)
                    .hasMessage("Angiv en begrundelse.");
        }
    }
}
