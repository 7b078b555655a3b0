package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.action.ActionCancelled;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionDueDateChanged;
import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.action.ActionReopened;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static dk.protokol.query.actions.ActionFoldTest.ACTION;
import static dk.protokol.query.actions.ActionFoldTest.ANNA;
import static dk.protokol.query.actions.ActionFoldTest.BO;
import static dk.protokol.query.actions.ActionFoldTest.OPENED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business time: an action as it stood on a day. The action below was agreed at a meeting on 2024-03-05
 * (recorded that day), due 2024-05-01.
 */
class ActionOnDateTest {

    static final LocalDate AGREED = LocalDate.of(2024, 3, 5);

    private Script script;

    private ActionState fold(Object... later) {
        script = new Script().on(AGREED, OPENED);
        for (int i = 0; i < later.length; i += 2) {
            script.on((LocalDate) later[i], (ActionItemEvent) later[i + 1]);
        }
        return script.action(ACTION);
    }

    private static ActionOnDay on(ActionState action, LocalDate day) {
        return ActionOnDate.on(action, AGREED, day).orElseThrow();
    }

    @Test
    void beforeTheMeetingThatAgreedItTheActionDidNotExist() {
        assertThat(ActionOnDate.on(fold(), AGREED, AGREED.minusDays(1))).isEmpty();
        assertThat(ActionOnDate.on(fold(), AGREED, AGREED)).isPresent();
    }

    @Test
    void withoutAKnownMeetingTheDayOfRecordingCounts() {
        ActionState action = fold();
        assertThat(ActionOnDate.on(action, null, AGREED.minusDays(1))).isEmpty();
        assertThat(ActionOnDate.on(action, null, AGREED)).map(ActionOnDay::status).contains(ActionStatus.OPEN);
    }

    @Test
    void dueTodayIsNotYetOverdueTomorrowItIs() {
        ActionState action = fold();
        assertThat(on(action, LocalDate.of(2024, 5, 1)).overdue()).isFalse();
        assertThat(on(action, LocalDate.of(2024, 5, 2)).overdue()).isTrue();
    }

    @Test
    void anActionCompletedAfterTheDayCountsAsOpenThatDay() {
        ActionState action = fold(LocalDate.of(2024, 5, 10),
                new ActionCompleted(ACTION, LocalDate.of(2024, 5, 10), null));

        ActionOnDay before = on(action, LocalDate.of(2024, 5, 9));
        assertThat(before.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(before.overdue()).isTrue();
        assertThat(before.completedOn()).isNull();

        ActionOnDay after = on(action, LocalDate.of(2024, 5, 10));
        assertThat(after.status()).isEqualTo(ActionStatus.DONE);
        assertThat(after.completedOn()).isEqualTo(LocalDate.of(2024, 5, 10));
        assertThat(after.overdue()).isFalse();
    }

    @Test
    void aCompletionRecordedLateHoldsFromTheDayItWasCompleted() {
        // completed on 04-30, recorded only on 05-06: on 05-03 the action was done, and not overdue
        ActionState action = fold(LocalDate.of(2024, 5, 6),
                new ActionCompleted(ACTION, LocalDate.of(2024, 4, 30), null));

        assertThat(on(action, LocalDate.of(2024, 5, 3)).status()).isEqualTo(ActionStatus.DONE);
        assertThat(on(action, LocalDate.of(2024, 4, 29)).status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void aMovedDueDateAndANewOwnerHoldFromTheDayTheyWereRecorded() {
        ActionState action = fold(
                LocalDate.of(2024, 4, 20), new ActionDueDateChanged(ACTION, LocalDate.of(2024, 5, 1),
                        LocalDate.of(2024, 6, 1), "Ferie"),
                LocalDate.of(2024, 5, 15), new ActionReassigned(ACTION, ANNA, BO));

        assertThat(on(action, LocalDate.of(2024, 4, 19)).dueDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(on(action, LocalDate.of(2024, 4, 20)).dueDate()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(on(action, LocalDate.of(2024, 5, 14)).ownerId()).isEqualTo(ANNA);
        assertThat(on(action, LocalDate.of(2024, 5, 15)).ownerId()).isEqualTo(BO);
        assertThat(on(action, LocalDate.of(2024, 5, 20)).overdue()).isFalse();
    }

    @Test
    void cancelledAndReopenedFromTheDaysTheyWereRecorded() {
        ActionState action = fold(
                LocalDate.of(2024, 4, 1), new ActionCancelled(ACTION, "Ikke relevant"),
                LocalDate.of(2024, 6, 1), new ActionReopened(ACTION, "Relevant igen"));

        assertThat(on(action, LocalDate.of(2024, 3, 31)).status()).isEqualTo(ActionStatus.OPEN);
        assertThat(on(action, LocalDate.of(2024, 5, 15)).status()).isEqualTo(ActionStatus.CANCELLED);
        assertThat(on(action, LocalDate.of(2024, 5, 15)).overdue()).isFalse();
        ActionOnDay reopened = on(action, LocalDate.of(2024, 6, 1));
        assertThat(reopened.status()).isEqualTo(ActionStatus.OPEN);
        assertThat(reopened.overdue()).isTrue();
    }

    @Test
    void todayTheActionStandsAsLastRecorded() {
        ActionState action = fold(
                LocalDate.of(2024, 4, 20), new ActionDueDateChanged(ACTION, null, LocalDate.of(2024, 6, 1), null),
                LocalDate.of(2024, 6, 2), new ActionCompleted(ACTION, LocalDate.of(2024, 6, 2), null));
        ActionOnDay today = on(action, LocalDate.of(2024, 6, 10));

        assertThat(Optional.of(today)).map(ActionOnDay::status).contains(action.status());
        assertThat(today.dueDate()).isEqualTo(action.dueDate());
        assertThat(today.completedOn()).isEqualTo(action.completedOn());
        assertThat(today.ownerId()).isEqualTo(action.ownerId());
    }
}
