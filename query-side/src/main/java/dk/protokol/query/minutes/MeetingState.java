package dk.protokol.query.minutes;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.AttachmentId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.CommentId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.meeting.CommentResolution;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.MeetingKind;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything the read side keeps of one meeting, built only by {@link MinutesFold}. People and bodies
 * are held by id, never by name: names are looked up when the minutes are read ({@link MinutesViews}),
 * so that erasing a person later blanks them everywhere. Lists are in a fixed order derived from the
 * events alone, so the same events always give the same JSON.
 *
 * @param attendance        one entry per person, the latest record replacing earlier ones, in order of
 *                          the person's first record
 * @param referent          who recorded the minutes (see {@link MinutesFold})
 * @param approvedAt        recording time of the approval
 * @param items             the agenda, in agenda order
 * @param corrections       recorded corrections, in recording order
 * @param chairOfTheDay     the meeting's chair for the day (mødeleder), if one was chosen
 * @param kind              ordinary, extraordinary, workshop, seminar or dialogue meeting (null in views stored
 *                          before kinds: ordinary)
 * @param jointBodyIds      the bodies holding the meeting jointly with {@code bodyId} (a fællesmøde), in the order
 *                          they were added; empty for a meeting of one body
 */
public record MeetingState(MeetingId meetingId, BodyId bodyId, MeetingStatus status, String cancelledReason,
                           LocalDateTime start, LocalDateTime expectedEnd, String location,
                           List<Attendance> attendance, PersonId referent,
                           Instant approvedAt, PersonId approvedBy, MeetingId approvedAtMeetingId,
                           List<ItemState> items, List<CorrectionState> corrections, PersonId chairOfTheDay,
                           MeetingKind kind, List<BodyId> jointBodyIds, ObjectionState objection,
                           List<CommentState> comments, String approvalRule) {

    public MeetingState {
        comments = comments == null ? List.of() : List.copyOf(comments);
        jointBodyIds = jointBodyIds == null ? List.of() : List.copyOf(jointBodyIds);
        Objects.requireNonNull(meetingId, "meetingId");
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        items = items == null ? List.of() : List.copyOf(items);
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /** Minutes without a comment round (the shape before issue 14's objection period and comments). */
    public MeetingState(MeetingId meetingId, BodyId bodyId, MeetingStatus status, String cancelledReason,
                        LocalDateTime start, LocalDateTime expectedEnd, String location,
                        List<Attendance> attendance, PersonId referent,
                        Instant approvedAt, PersonId approvedBy, MeetingId approvedAtMeetingId,
                        List<ItemState> items, List<CorrectionState> corrections, PersonId chairOfTheDay,
                        MeetingKind kind, List<BodyId> jointBodyIds) {
        this(meetingId, bodyId, status, cancelledReason, start, expectedEnd, location, attendance, referent,
                approvedAt, approvedBy, approvedAtMeetingId, items, corrections, chairOfTheDay, kind, jointBodyIds,
                null, List.of(), null);
    }

    /** A meeting of one body (the shape before {@code jointBodyIds}). */
    public MeetingState(MeetingId meetingId, BodyId bodyId, MeetingStatus status, String cancelledReason,
                        LocalDateTime start, LocalDateTime expectedEnd, String location,
                        List<Attendance> attendance, PersonId referent,
                        Instant approvedAt, PersonId approvedBy, MeetingId approvedAtMeetingId,
                        List<ItemState> items, List<CorrectionState> corrections, PersonId chairOfTheDay,
                        MeetingKind kind) {
        this(meetingId, bodyId, status, cancelledReason, start, expectedEnd, location, attendance, referent,
                approvedAt, approvedBy, approvedAtMeetingId, items, corrections, chairOfTheDay, kind, List.of());
    }

    /** Every body holding the meeting: the body that called it, then those holding it jointly. */
    public List<BodyId> bodyIds() {
        List<BodyId> bodies = new ArrayList<>(jointBodyIds.size() + 1);
        bodies.add(bodyId);
        bodies.addAll(jointBodyIds);
        return bodies;
    }

    /** A person's attendance as last recorded. */
    public record Attendance(PersonId personId, AttendanceStatus status, PersonId substituteFor,
                             AgendaItemId fromItemId, AgendaItemId toItemId, String note) {
    }

    /**
     * One agenda item with what the minutes say about it. {@code referredFrom}: where the case came
     * from when it was referred here by another body, else null.
     */
    public record ItemState(AgendaItemId itemId, String title, AgendaItemKind kind, String description,
                            PersonId presenterId, boolean standing, boolean withdrawn, String withdrawnReason,
                            String notes, List<DecisionState> decisions, List<ActionState> actions,
                            List<ReferralState> referrals, List<ConflictState> conflicts, OriginState referredFrom,
                            List<AttachmentState> attachments) {

        public ItemState {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
            Objects.requireNonNull(itemId, "itemId");
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
            actions = actions == null ? List.of() : List.copyOf(actions);
            referrals = referrals == null ? List.of() : List.copyOf(referrals);
            conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
        }
    }

    /**
     * A bilag of the item, in the order added (its number is its place here, withdrawn ones included).
     * {@code decisionId}: the decision it was attached under, else null.
     */
    public record AttachmentState(AttachmentId attachmentId, DecisionId decisionId, String fileName,
                                  String contentType, long size, String sha256, boolean visibleToPublic,
                                  boolean withdrawn, String withdrawnReason) {
    }

    public record DecisionState(DecisionId decisionId, String text, DecisionOutcome outcome, String recommendation,
                                Integer votesFor, Integer votesAgainst, Integer abstentions, boolean lateEntry,
                                List<RemarkState> remarks) {

        public DecisionState {
            remarks = remarks == null ? List.of() : List.copyOf(remarks);
        }
    }

    public record RemarkState(PersonId personId, String text) {
    }

    public record ActionState(ActionId actionId, String description, PersonId ownerId, LocalDate dueDate,
                              DecisionId decisionId) {
    }

    public record ReferralState(ReferralId referralId, BodyId targetBodyId, String note) {
    }

    public record ConflictState(PersonId personId, String note) {
    }

    /** The referral a case came by: from which body, meeting and item. */
    public record OriginState(ReferralId referralId, BodyId fromBodyId, MeetingId fromMeetingId,
                              AgendaItemId fromItemId) {
    }

    /** The objection period started when the minutes were circulated (issue 14). */
    public record ObjectionState(int objectionDays, Instant endsAt, boolean tacitApproval) {
    }

    /**
     * A comment on the circulated minutes ({@code itemId} null: on the minutes as a whole), its text sealed under its
     * author's key as stored; with the secretary's answer once given ({@code resolution} null while open).
     */
    public record CommentState(CommentId commentId, AgendaItemId itemId, PersonId authorId, String text,
                               Instant madeAt, CommentResolution resolution, String answer, Instant answeredAt,
                               PersonId answeredBy) {
    }

    public record CorrectionState(CorrectionId correctionId, AgendaItemId itemId, String text, String reason,
                                  Instant recordedAt, PersonId recordedBy) {
    }
}
