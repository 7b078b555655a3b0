package dk.protokol.query.actions;

import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.PersonRef;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One action with its origin and its whole history ({@code GET /api/actions/{id}}), as last recorded (or
 * as known at {@code asOf}). {@code overdue} is judged on {@code today}.
 */
public record ActionDetail(ActionId id, String description, ActionStatus status, boolean overdue,
                           LocalDate dueDate, LocalDate completedOn, PersonRef owner, BodyRef body, Origin origin,
                           List<Change> history, List<Progress> progress, LocalDate today, Instant asOf,
                           List<Attachment> attachments) {

    public ActionDetail {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** An action without bilag (the shape before issue 14). */
    public ActionDetail(ActionId id, String description, ActionStatus status, boolean overdue, LocalDate dueDate,
                        LocalDate completedOn, PersonRef owner, BodyRef body, Origin origin, List<Change> history,
                        List<Progress> progress, LocalDate today, Instant asOf) {
        this(id, description, status, overdue, dueDate, completedOn, owner, body, origin, history, progress, today,
                asOf, List.of());
    }

    /**
     * A bilag attached to the action's progress (issue 14), in the order attached; {@code href} is where a reader
     * downloads it from the pages ({@code /bilag/{id}}; the API: {@code /api/attachments/{id}}).
     */
    public record Attachment(AttachmentId attachmentId, String fileName, String contentType, long size,
                             String sha256, Instant recordedAt, Actor by) {

        public String href() {
            return "/bilag/" + attachmentId;
        }
    }

    /**
     * Where the action was agreed: the meeting, the agenda item and the decision it follows up, if any, and the case
     * ({@code GET /api/cases/{caseId}}, the referral's id) when the item took up a referred case or referred it on.
     */
    public record Origin(MeetingId meetingId, LocalDateTime meetingStart, String location, AgendaItemId itemId,
                         String itemTitle, DecisionId decisionId, String decisionText,
                         DecisionOutcome decisionOutcome, ReferralId caseId) {

        /** An origin that belongs to no case. */
        public Origin(MeetingId meetingId, LocalDateTime meetingStart, String location, AgendaItemId itemId,
                      String itemTitle, DecisionId decisionId, String decisionText, DecisionOutcome decisionOutcome) {
            this(meetingId, meetingStart, location, itemId, itemTitle, decisionId, decisionText, decisionOutcome,
                    null);
        }
    }

    /** Who recorded a change: the account's username and the person it is linked to. */
    public record Actor(String userId, PersonId personId, String name) {
    }

    /** A meeting named in the history, with its date. */
    public record MeetingRef(MeetingId meetingId, LocalDate date) {
    }

    /** One entry of the history; only the fields of its kind are present (see {@link ActionChange}). */
    public record Change(ChangeKind kind, Instant recordedAt, Actor by, String text, PersonRef previousOwner,
                         PersonRef owner, LocalDate previousDueDate, LocalDate dueDate, LocalDate completedOn,
                         MeetingRef meeting) {
    }

    public record Progress(String note, Instant recordedAt, Actor by, MeetingRef meeting) {
    }
}
