package dk.protokol.command.action;

import dk.protokol.events.command.action.CancelAction;
import dk.protokol.events.command.action.ChangeActionDueDate;
import dk.protokol.events.command.action.CompleteAction;
import dk.protokol.events.command.action.ReassignAction;
import dk.protokol.events.command.action.ReopenAction;
import dk.protokol.events.command.action.ReportActionProgress;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import dk.protokol.command.meeting.MeetingLookup;
import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.action.ActionCancelled;
import dk.protokol.events.action.ActionCompleted;
import dk.protokol.events.action.ActionDueDateChanged;
import dk.protokol.events.action.ActionItemOpened;
import dk.protokol.events.action.ActionProgressReported;
import dk.protokol.events.action.ActionReassigned;
import dk.protokol.events.action.ActionReopened;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.commandhandling.CommandHandler;
import dk.protokol.command.meeting.AttachmentStore;
import dk.protokol.events.action.ActionAttachmentAdded;
import dk.protokol.events.command.action.AttachToAction;
import dk.protokol.events.command.meeting.AttachmentFile;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;

import static dk.protokol.command.common.DomainRule.check;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An action (handling, opfølgning) after the meeting that agreed it: one identity for its whole life, the id it
 * was agreed with, however many meetings follow it up. Opened by {@link ActionItemOpener} when a meeting agrees
 * it; then progress is reported, it may get a new owner or due date, and it is completed or cancelled; a closed
 * action can be reopened. Who may do which is the access policy's concern, not the aggregate's.
 * <p>
 * Facts beyond the action (is the new owner a registered person, which body holds a meeting and on which day)
 * come from the command side's lookups, passed in by Axon, as does the clock that says what "today" is.
 */
@Aggregate(snapshotTriggerDefinition = "protokolSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY) // snapshots are written by Jackson; no getters
class ActionItem {

    @AggregateIdentifier
    private ActionId actionId;
    private BodyId bodyId;
    /** The meeting that agreed the action. */
    private MeetingId meetingId;
    private PersonId ownerId;
    private LocalDate dueDate;
    private ActionStatus status;
    /** While done: the day it was completed. */
    private LocalDate completedOn;

    ActionItem() {
        // for Axon and for snapshots
    }

    @CommandHandler
    ActionItem(OpenActionItem command) {
        apply(new ActionItemOpened(command.actionId(), command.bodyId(), command.meetingId(), command.itemId(),
                command.decisionId(), command.description(), command.ownerId(), command.dueDate()));
    }

    @CommandHandler
    void handle(ReportActionProgress command, MeetingLookup meetings) {
        check(new ActionMustBeOpenToProgress(status));
        if (command.meetingId() != null) {
            BodyId meetingsBody = meetings.bodyOfExisting(command.meetingId(), "meetingId");
            check(new ProgressAtAMeetingOfTheActionsBody(bodyId, meetingsBody));
        }
        apply(new ActionProgressReported(actionId, command.note().strip(), command.meetingId()));
    }

    /**
     * A bilag to the action's progress (issue 14): while the action is open, as progress is reported. The bytes are
     * stored after the rule passed and before the event is applied, in the command's transaction.
     */
    @CommandHandler
    void handle(AttachToAction command, AttachmentStore store) {
        check(new ActionMustBeOpenToProgress(status));
        AttachmentFile file = command.file();
        store.storeIfAbsent(file.sha256(), file.contentType(), file.content());
        apply(new ActionAttachmentAdded(actionId, command.attachmentId(), file.fileName(), file.contentType(),
                file.size(), file.sha256()));
    }

    @CommandHandler
    void handle(ReassignAction command, OrganisationLookup organisation) {
        checkStillOpen();
        organisation.requirePerson(command.ownerId(), "ownerId");
        check(new NewOwnerMustDiffer(ownerId, command.ownerId()));
        apply(new ActionReassigned(actionId, ownerId, command.ownerId()));
    }

    @CommandHandler
    void handle(ChangeActionDueDate command, MeetingLookup meetings) {
        checkStillOpen();
        check(new NewDueDateMustDiffer(dueDate, command.dueDate()));
        check(new NewDueDateNotBeforeTheMeeting(command.dueDate(), meetingDay(meetings)));
        apply(new ActionDueDateChanged(actionId, dueDate, command.dueDate(), command.reason().strip()));
    }

    @CommandHandler
    void handle(CompleteAction command, MeetingLookup meetings, Clock clock) {
        checkStillOpen();
        check(new CompletionNotInTheFuture(command.completedOn(), LocalDate.now(clock)));
        check(new CompletionNotBeforeTheMeeting(command.completedOn(), meetingDay(meetings)));
        apply(new ActionCompleted(actionId, command.completedOn(), blankToNull(command.note())));
    }

    @CommandHandler
    void handle(CancelAction command) {
        checkStillOpen();
        apply(new ActionCancelled(actionId, command.reason().strip()));
    }

    @CommandHandler
    void handle(ReopenAction command) {
        check(new OnlyClosedActionsReopen(status));
        apply(new ActionReopened(actionId, command.reason().strip()));
    }

    // ---- state

    @EventSourcingHandler
    void on(ActionItemOpened event) {
        actionId = event.actionId();
        bodyId = event.bodyId();
        meetingId = event.meetingId();
        ownerId = event.ownerId();
        dueDate = event.dueDate();
        status = ActionStatus.OPEN;
    }

    @EventSourcingHandler
    void on(ActionReassigned event) {
        ownerId = event.ownerId();
    }

    @EventSourcingHandler
    void on(ActionDueDateChanged event) {
        dueDate = event.dueDate();
    }

    @EventSourcingHandler
    void on(ActionCompleted event) {
        status = ActionStatus.DONE;
        completedOn = event.completedOn();
    }

    @EventSourcingHandler
    void on(ActionCancelled event) {
        status = ActionStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ActionReopened event) {
        status = ActionStatus.OPEN;
        completedOn = null;
    }

    // ---- helpers

    /** A new owner, due date, completion or cancellation: only while the action is open. */
    private void checkStillOpen() {
        check(new ActionAlreadyCompleted(status, completedOn));
        check(new ActionAlreadyCancelled(status));
    }

    /** The day of the meeting that agreed the action; it had opened then, so the day no longer moves. */
    private LocalDate meetingDay(MeetingLookup meetings) {
        return meetings.dayOf(meetingId).orElseThrow(() -> new IllegalStateException(
                "The meeting lookup does not know meeting " + meetingId + " of action " + actionId));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
