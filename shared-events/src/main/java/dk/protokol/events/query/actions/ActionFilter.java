package dk.protokol.events.query.actions;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;

import java.time.LocalDate;

/**
 * The filters of {@code GET /api/actions}, each optional (null: no filter). All are judged on the business
 * day {@code on} (today when null): the status, owner and due date the action had that day.
 *
 * @param overdue   true: only actions overdue that day; false: only those that were not
 * @param dueBefore only actions due before this day (exclusive)
 */
public record ActionFilter(ActionStatus status, BodyId bodyId, PersonId ownerId, Boolean overdue,
                           LocalDate dueBefore, LocalDate on) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, null, null, null, null);
    }

    public ActionFilter on(LocalDate day) {
        return new ActionFilter(status, bodyId, ownerId, overdue, dueBefore, day);
    }

    public ActionFilter ownedBy(PersonId owner) {
        return new ActionFilter(status, bodyId, owner, overdue, dueBefore, on);
    }
}
