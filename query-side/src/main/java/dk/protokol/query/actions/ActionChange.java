package dk.protokol.query.actions;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.Stamp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One entry of an action's history: what changed, when it was recorded and by whom. Only the fields of its
 * kind are set: {@code text} is the description (OPENED), the note (PROGRESS_REPORTED, COMPLETED) or the
 * reason (DUE_DATE_CHANGED, CANCELLED, REOPENED); {@code ownerId}/{@code previousOwnerId} for OPENED and
 * REASSIGNED; {@code dueDate}/{@code previousDueDate} for OPENED and DUE_DATE_CHANGED;
 * {@code completedOn} for COMPLETED; {@code meetingId} the meeting it happened in (OPENED: where the action
 * was agreed; PROGRESS_REPORTED: where progress was reported, if in a meeting).
 */
public record ActionChange(ChangeKind kind, Stamp recorded, String text, PersonId previousOwnerId,
                           PersonId ownerId, LocalDate previousDueDate, LocalDate dueDate, LocalDate completedOn,
                           MeetingId meetingId) {

    public ActionChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recorded, "recorded");
    }

    /**
     * The business day from which the change holds: a completion from the day it was completed on
     * (which may lie before the day it was recorded), everything else from the Danish day it was recorded.
     */
    public LocalDate effectiveOn() {
        return kind == ChangeKind.COMPLETED && completedOn != null ? completedOn : recorded.date();
    }
}
