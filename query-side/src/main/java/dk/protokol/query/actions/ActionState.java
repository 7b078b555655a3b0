package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.Stamp;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the read side keeps of one action, built only by {@link ActionFold}. Where it came from
 * ({@code bodyId}, {@code meetingId}, {@code itemId}, {@code decisionId}) never changes; the rest is the
 * action as last recorded. People and bodies are held by id: names are looked up when it is read.
 *
 * @param completedOn the business day it was completed, while it is DONE
 * @param history     every change, first to last in recording order, the opening first
 * @param progress    the progress notes, first to last, each with the meeting it was reported in
 */
public record ActionState(ActionId actionId, BodyId bodyId, MeetingId meetingId, AgendaItemId itemId,
                          DecisionId decisionId, String description, PersonId ownerId, LocalDate dueDate,
                          ActionStatus status, LocalDate completedOn, List<ActionChange> history,
                          List<ProgressNote> progress, List<ActionAttachment> attachments) {

    public ActionState {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(status, "status");
        history = history == null ? List.of() : List.copyOf(history);
        progress = progress == null ? List.of() : List.copyOf(progress);
    }

    /** An action without bilag (the shape before issue 14). */
    public ActionState(ActionId actionId, BodyId bodyId, MeetingId meetingId, AgendaItemId itemId,
                       DecisionId decisionId, String description, PersonId ownerId, LocalDate dueDate,
                       ActionStatus status, LocalDate completedOn, List<ActionChange> history,
                       List<ProgressNote> progress) {
        this(actionId, bodyId, meetingId, itemId, decisionId, description, ownerId, dueDate, status, completedOn,
                history, progress, List.of());
    }

    /** A bilag attached to the action's progress (issue 14): named, its bytes stored once by their SHA-256. */
    public record ActionAttachment(AttachmentId attachmentId, String fileName, String contentType, long size,
                                   String sha256, Stamp recorded) {
    }

    /** When the action was recorded as agreed. */
    public Stamp opened() {
        return history.isEmpty() ? null : history.get(0).recorded();
    }
}
