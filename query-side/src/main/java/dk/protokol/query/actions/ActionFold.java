package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.action.ActionCancelled;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionDueDateChanged;
import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.action.ActionAttachmentAdded;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.action.ActionReopened;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.Stamp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The change an ActionItem event makes to an action (DESIGN principle 4): one pure function, used by the
 * live projections ("actions" and "cases") and by the as-of replay alike. It reads nothing but its
 * arguments; recording time and the acting user come in as a {@link Stamp}. The aggregate guards the
 * rules (no completing a cancelled action, ...); the fold records the history it is given.
 */
public final class ActionFold {

    private ActionFold() {
    }

    /** {@code state} is null before the action's first event; so is the result for an event before it. */
    public static ActionState apply(ActionState state, ActionItemEvent event, Stamp stamp) {
        if (event instanceof ActionItemOpened e) {
            ActionChange opened = new ActionChange(ChangeKind.OPENED, stamp, e.description(), null, e.ownerId(),
                    null, e.dueDate(), null, e.meetingId());
            return new ActionState(e.actionId(), e.bodyId(), e.meetingId(), e.itemId(), e.decisionId(),
                    e.description(), e.ownerId(), e.dueDate(), ActionStatus.OPEN, null, List.of(opened), List.of());
        }
        if (state == null) {
            // the aggregate never emits anything before ActionItemOpened: nothing to attach it to
            return null;
        }
        if (event instanceof ActionProgressReported e) {
            List<ProgressNote> progress = new ArrayList<>(state.progress());
            progress.add(new ProgressNote(e.note(), e.meetingId(), stamp));
            return changed(state, state.ownerId(), state.dueDate(), state.status(), state.completedOn(),
                    new ActionChange(ChangeKind.PROGRESS_REPORTED, stamp, e.note(), null, null, null, null, null,
                            e.meetingId()), progress);
        }
        if (event instanceof ActionReassigned e) {
            PersonId previous = e.previousOwnerId() != null ? e.previousOwnerId() : state.ownerId();
            return changed(state, e.ownerId(), state.dueDate(), state.status(), state.completedOn(),
                    new ActionChange(ChangeKind.REASSIGNED, stamp, null, previous, e.ownerId(), null, null, null,
                            null), state.progress());
        }
        if (event instanceof ActionDueDateChanged e) {
            LocalDate previous = e.previousDueDate() != null ? e.previousDueDate() : state.dueDate();
            return changed(state, state.ownerId(), e.dueDate(), state.status(), state.completedOn(),
                    new ActionChange(ChangeKind.DUE_DATE_CHANGED, stamp, e.reason(), null, null, previous,
                            e.dueDate(), null, null), state.progress());
        }
        if (event instanceof ActionCompleted e) {
            return changed(state, state.ownerId(), state.dueDate(), ActionStatus.DONE, e.completedOn(),
                    new ActionChange(ChangeKind.COMPLETED, stamp, e.note(), null, null, null, null, e.completedOn(),
                            null), state.progress());
        }
        if (event instanceof ActionCancelled e) {
            return changed(state, state.ownerId(), state.dueDate(), ActionStatus.CANCELLED, null,
                    new ActionChange(ChangeKind.CANCELLED, stamp, e.reason(), null, null, null, null, null, null),
                    state.progress());
        }
        if (event instanceof ActionAttachmentAdded e) {
            List<ActionState.ActionAttachment> attachments = new ArrayList<>(state.attachments());
            attachments.add(new ActionState.ActionAttachment(e.attachmentId(), e.fileName(), e.contentType(),
                    e.size(), e.sha256(), stamp));
            ActionState withChange = changed(state, state.ownerId(), state.dueDate(), state.status(),
                    state.completedOn(), new ActionChange(ChangeKind.ATTACHMENT_ADDED, stamp, e.fileName(), null, null,
                            null, null, null, null), state.progress());
            return new ActionState(withChange.actionId(), withChange.bodyId(), withChange.meetingId(),
                    withChange.itemId(), withChange.decisionId(), withChange.description(), withChange.ownerId(),
                    withChange.dueDate(), withChange.status(), withChange.completedOn(), withChange.history(),
                    withChange.progress(), attachments);
        }
        if (event instanceof ActionReopened e) {
            return changed(state, state.ownerId(), state.dueDate(), ActionStatus.OPEN, null,
                    new ActionChange(ChangeKind.REOPENED, stamp, e.reason(), null, null, null, null, null, null),
                    state.progress());
        }
        return state;
    }

    private static ActionState changed(ActionState s, PersonId ownerId, LocalDate dueDate, ActionStatus status,
                                       LocalDate completedOn, ActionChange change, List<ProgressNote> progress) {
        List<ActionChange> history = new ArrayList<>(s.history().size() + 1);
        history.addAll(s.history());
        history.add(change);
        return new ActionState(s.actionId(), s.bodyId(), s.meetingId(), s.itemId(), s.decisionId(),
                s.description(), ownerId, dueDate, status, completedOn, history, progress, s.attachments());
    }
}
