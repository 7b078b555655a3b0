package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.ids.PersonId;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Business time ({@code on}, API.md): an action as it stood on a day, a pure function of its history.
 * The action exists from the day it was agreed (the date of its meeting). Each change holds from its
 * {@link ActionChange#effectiveOn() effective day}: a completion from the day it was completed on, so an
 * action completed after {@code on} counts as open on {@code on}; a new owner, a moved due date, a
 * cancellation or a reopening from the Danish day it was recorded. Changes are applied in recording order,
 * skipping those that hold only from a later day.
 *
 * <p>Overdue on a day: open that day and due before it (an action due today is not yet overdue).
 */
public final class ActionOnDate {

    private ActionOnDate() {
    }

    /**
     * @param agreedOn the date of the meeting the action was agreed in; when unknown (null), the day its
     *                 opening was recorded
     * @return empty if the action had not been agreed by {@code on}
     */
    public static Optional<ActionOnDay> on(ActionState action, LocalDate agreedOn, LocalDate on) {
        LocalDate since = agreedOn != null ? agreedOn
                : action.opened() != null ? action.opened().date() : null;
        if (since != null && since.isAfter(on)) {
            return Optional.empty();
        }
        ActionStatus status = ActionStatus.OPEN;
        PersonId owner = null;
        LocalDate due = null;
        LocalDate completedOn = null;
        for (ActionChange change : action.history()) {
            if (change.kind() == ChangeKind.OPENED) {
                // the opening holds from the day of the meeting, which is checked above
                owner = change.ownerId();
                due = change.dueDate();
                continue;
            }
            if (change.effectiveOn().isAfter(on)) {
                continue;
            }
            switch (change.kind()) {
                case REASSIGNED -> owner = change.ownerId();
                case DUE_DATE_CHANGED -> due = change.dueDate();
                case COMPLETED -> {
                    status = ActionStatus.DONE;
                    completedOn = change.completedOn();
                }
                case CANCELLED -> {
                    status = ActionStatus.CANCELLED;
                    completedOn = null;
                }
                case REOPENED -> {
                    status = ActionStatus.OPEN;
                    completedOn = null;
                }
                default -> {
                    // progress changes nothing of the action's standing
                }
            }
        }
        if (action.history().isEmpty()) {
            owner = action.ownerId();
            due = action.dueDate();
        }
        boolean overdue = status == ActionStatus.OPEN && due != null && due.isBefore(on);
        return Optional.of(new ActionOnDay(on, status, owner, due, completedOn, overdue));
    }
}
