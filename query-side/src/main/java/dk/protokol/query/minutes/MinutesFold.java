package dk.protokol.query.minutes;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemPresenterChanged;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AgendaPublished;
import dk.protokol.events.meeting.AgendaReordered;
import dk.protokol.events.meeting.AttachmentAdded;
import dk.protokol.events.meeting.AttachmentWithdrawn;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.ConflictOfInterestDeclared;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.ItemNotesRecorded;
import dk.protokol.events.meeting.JointBodyAdded;
import dk.protokol.events.meeting.JointBodyWithdrawn;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.ChairOfTheDayChosen;
import dk.protokol.events.meeting.MinuteTakerNamed;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.MinutesCommentAnswered;
import dk.protokol.events.meeting.MinutesCommentMade;
import dk.protokol.events.meeting.MinutesCorrected;
import dk.protokol.events.meeting.ObjectionPeriodStarted;
import dk.protokol.query.minutes.MeetingState.CommentState;
import dk.protokol.query.minutes.MeetingState.ObjectionState;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.events.meeting.RemarkRecorded;
import dk.protokol.query.minutes.MeetingState.ActionState;
import dk.protokol.query.minutes.MeetingState.AttachmentState;
import dk.protokol.query.minutes.MeetingState.Attendance;
import dk.protokol.query.minutes.MeetingState.ConflictState;
import dk.protokol.query.minutes.MeetingState.CorrectionState;
import dk.protokol.query.minutes.MeetingState.DecisionState;
import dk.protokol.query.minutes.MeetingState.ItemState;
import dk.protokol.query.minutes.MeetingState.OriginState;
import dk.protokol.query.minutes.MeetingState.ReferralState;
import dk.protokol.query.minutes.MeetingState.RemarkState;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The change a meeting event makes to the minutes (DESIGN principle 4): one pure function, used by the
 * live projections ("minutes" and "decisions") and by the as-of replay alike. It reads nothing but its
 * arguments; recording time and the acting person come in as a {@link Recording}.
 *
 * <p>The aggregate guards the rules (no recording after cancellation, locked minutes, ...); the fold
 * trusts the history it is given and simply records it. Rules of the events' own javadoc: the latest
 * attendance of a person replaces earlier ones, the latest notes of an item replace the earlier text, a
 * correction stands beside the original and never changes it.
 *
 * <p>The referent is the first person who recorded content of the minutes (notes, a decision, a remark,
 * an action, a referral); if nobody linked to a person did, whoever circulated the minutes.
 */
public final class MinutesFold {

    private MinutesFold() {
    }

    /** {@code state} is null before the meeting's first event; so is the result for an event before it. */
    public static MeetingState apply(MeetingState state, MeetingEvent event, Recording recording) {
        if (event instanceof MeetingScheduled e) {
            return new MeetingState(e.meetingId(), e.bodyId(), MeetingStatus.SCHEDULED, null, e.start(),
                    e.expectedEnd(), e.location(), List.of(), null, null, null, null, List.of(), List.of(), null, e.kind());
        }
        if (state == null) {
            // the aggregate never emits anything before MeetingScheduled: nothing to attach it to
            return null;
        }
        if (event instanceof MeetingRescheduled e) {
            return new Builder(state).times(e).build();
        }
        if (event instanceof MeetingCancelled e) {
            return new Builder(state).status(MeetingStatus.CANCELLED).cancelled(e.reason()).build();
        }
        if (event instanceof AgendaPublished) {
            return new Builder(state).status(MeetingStatus.AGENDA_PUBLISHED).build();
        }
        if (event instanceof MeetingOpened) {
            return new Builder(state).status(MeetingStatus.OPEN).build();
        }
        if (event instanceof MeetingClosed) {
            return new Builder(state).status(MeetingStatus.CLOSED).build();
        }
        if (event instanceof MinutesCirculated e) {
            return new Builder(state).status(MeetingStatus.MINUTES_CIRCULATED)
                    .referentIfNone(recording.by()).build();
        }
        if (event instanceof JointBodyAdded e) {
            return new Builder(state).jointBodyAdded(e.bodyId()).build();
        }
        if (event instanceof JointBodyWithdrawn e) {
            return new Builder(state).jointBodyWithdrawn(e.bodyId()).build();
        }
        if (event instanceof MinuteTakerNamed e) {
            return new Builder(state).referent(e.personId()).build();
        }
        if (event instanceof ChairOfTheDayChosen e) {
            return new Builder(state).chairOfTheDay(e.personId()).build();
        }
        if (event instanceof MinutesApproved e) {
            return new Builder(state).status(MeetingStatus.MINUTES_APPROVED)
                    .approved(recording, e).build();
        }
        if (event instanceof ObjectionPeriodStarted e) {
            return new Builder(state).objection(new ObjectionState(e.objectionDays(), e.endsAt(), e.tacitApproval()))
                    .build();
        }
        if (event instanceof MinutesCommentMade e) {
            return new Builder(state).commented(new CommentState(e.commentId(), e.itemId(), e.authorId(), e.text(),
                    recording.at(), null, null, null, null)).build();
        }
        if (event instanceof MinutesCommentAnswered e) {
            return new Builder(state).answered(e, recording).build();
        }
        if (event instanceof MinutesCorrected e) {
            return new Builder(state).corrected(new CorrectionState(e.correctionId(),
                    e.itemId(), e.text(), e.reason(), recording.at(), recording.by())).build();
        }
        if (event instanceof AgendaItemAdded e) {
            return new Builder(state).added(new ItemState(e.itemId(), e.title(), e.kind(),
                    e.description(), e.presenterId(), e.standing(), false, null, null,
                    List.of(), List.of(), List.of(), List.of(), null, List.of())).build();
        }
        if (event instanceof AgendaItemAmended e) {
            return item(state, e.itemId(), item -> new ItemState(item.itemId(), e.title(),
                    e.kind(), e.description(), item.presenterId(), item.standing(), item.withdrawn(),
                    item.withdrawnReason(), item.notes(), item.decisions(), item.actions(), item.referrals(),
                    item.conflicts(), item.referredFrom(), item.attachments()));
        }
        if (event instanceof AgendaItemPresenterChanged e) {
            return item(state, e.itemId(), item -> new ItemState(item.itemId(), item.title(),
                    item.kind(), item.description(), e.presenterId(), item.standing(), item.withdrawn(),
                    item.withdrawnReason(), item.notes(), item.decisions(), item.actions(), item.referrals(),
                    item.conflicts(), item.referredFrom(), item.attachments()));
        }
        if (event instanceof AgendaItemWithdrawn e) {
            return item(state, e.itemId(), item -> new ItemState(item.itemId(), item.title(),
                    item.kind(), item.description(), item.presenterId(), item.standing(), true, e.reason(),
                    item.notes(), item.decisions(), item.actions(), item.referrals(), item.conflicts(),
                    item.referredFrom(), item.attachments()));
        }
        if (event instanceof AgendaReordered e) {
            return new Builder(state).reordered(e.itemIds()).build();
        }
        if (event instanceof AttendanceRecorded e) {
            return new Builder(state).attended(new Attendance(e.personId(), e.status(),
                    e.substituteFor(), e.fromItemId(), e.toItemId(), e.note())).build();
        }
        if (event instanceof ConflictOfInterestDeclared e) {
            return item(state, e.itemId(), item -> withConflicts(item,
                    replaceOrAppend(item.conflicts(), ConflictState::personId,
                            new ConflictState(e.personId(), e.note()))));
        }
        if (event instanceof ItemNotesRecorded e) {
            return content(item(state, e.itemId(), item -> new ItemState(item.itemId(),
                    item.title(), item.kind(), item.description(), item.presenterId(), item.standing(),
                    item.withdrawn(), item.withdrawnReason(), e.text(), item.decisions(), item.actions(),
                    item.referrals(), item.conflicts(), item.referredFrom(), item.attachments())), recording);
        }
        if (event instanceof DecisionRecorded e) {
            return content(item(state, e.itemId(), item -> withDecisions(item,
                    replaceOrAppend(item.decisions(), DecisionState::decisionId, new DecisionState(e.decisionId(),
                            e.text(), e.outcome(), e.recommendation(), e.votesFor(), e.votesAgainst(),
                            e.abstentions(), e.lateEntry(), remarksOf(item, e.decisionId()))))), recording);
        }
        if (event instanceof RemarkRecorded e) {
            return content(remarked(state, e), recording);
        }
        if (event instanceof ActionAgreed e) {
            return content(item(state, e.itemId(), item -> withActions(item,
                    replaceOrAppend(item.actions(), ActionState::actionId, new ActionState(e.actionId(),
                            e.description(), e.ownerId(), e.dueDate(), e.decisionId())))), recording);
        }
        if (event instanceof CaseReferred e) {
            return content(item(state, e.itemId(), item -> withReferrals(item,
                    replaceOrAppend(item.referrals(), ReferralState::referralId,
                            new ReferralState(e.referralId(), e.targetBodyId(), e.note())))), recording);
        }
        if (event instanceof ReferredCaseAccepted e) {
            return item(state, e.itemId(), item -> new ItemState(item.itemId(), item.title(), item.kind(),
                    item.description(), item.presenterId(), item.standing(), item.withdrawn(),
                    item.withdrawnReason(), item.notes(), item.decisions(), item.actions(), item.referrals(),
                    item.conflicts(), new OriginState(e.referralId(), e.fromBodyId(), e.fromMeetingId(),
                    e.fromItemId()), item.attachments()));
        }
        if (event instanceof AttachmentAdded e) {
            return item(state, e.itemId(), item -> withAttachments(item, replaceOrAppend(item.attachments(),
                    AttachmentState::attachmentId, new AttachmentState(e.attachmentId(), e.decisionId(), e.fileName(),
                            e.contentType(), e.size(), e.sha256(), e.visibleToPublic(), false, null))));
        }
        if (event instanceof AttachmentWithdrawn e) {
            return item(state, e.itemId(), item -> withAttachments(item, item.attachments().stream()
                    .map(a -> a.attachmentId().equals(e.attachmentId()) ? new AttachmentState(a.attachmentId(),
                            a.decisionId(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.visibleToPublic(),
                            true, e.reason()) : a)
                    .toList()));
        }
        // a kind of meeting event this fold does not know yet changes nothing (the test names every kind)
        return state;
    }

    private static MeetingState content(MeetingState state, Recording recording) {
        return new Builder(state).referentIfNone(recording.by()).build();
    }

    /** Changes one item; an event for an item the meeting does not know changes nothing. */
    private static MeetingState item(MeetingState state, AgendaItemId itemId, UnaryOperator<ItemState> change) {
        boolean known = state.items().stream().anyMatch(item -> item.itemId().equals(itemId));
        if (!known) {
            return state;
        }
        return new Builder(state).items(state.items().stream()
                .map(item -> item.itemId().equals(itemId) ? change.apply(item) : item)
                .toList()).build();
    }

    private static MeetingState remarked(MeetingState state, RemarkRecorded e) {
        for (ItemState candidate : state.items()) {
            if (candidate.decisions().stream().anyMatch(d -> d.decisionId().equals(e.decisionId()))) {
                return item(state, candidate.itemId(), item -> withDecisions(item, item.decisions().stream()
                    .map(d -> d.decisionId().equals(e.decisionId()) ? withRemark(d, e) : d)
                    .toList()));
            }
        }
        return state;
    }

    private static DecisionState withRemark(DecisionState d, RemarkRecorded e) {
        List<RemarkState> remarks = new ArrayList<>(d.remarks());
        remarks.add(new RemarkState(e.personId(), e.text()));
        return new DecisionState(d.decisionId(), d.text(), d.outcome(), d.recommendation(), d.votesFor(),
                d.votesAgainst(), d.abstentions(), d.lateEntry(), remarks);
    }

    /** A decision recorded again under its id keeps the remarks already made on it. */
    private static List<RemarkState> remarksOf(ItemState item, DecisionId decisionId) {
        return item.decisions().stream().filter(d -> d.decisionId().equals(decisionId))
                .findFirst().map(DecisionState::remarks).orElse(List.of());
    }

    private static ItemState withDecisions(ItemState i, List<DecisionState> decisions) {
        return new ItemState(i.itemId(), i.title(), i.kind(), i.description(), i.presenterId(), i.standing(),
                i.withdrawn(), i.withdrawnReason(), i.notes(), decisions, i.actions(), i.referrals(), i.conflicts(),
                i.referredFrom(), i.attachments());
    }

    private static ItemState withActions(ItemState i, List<ActionState> actions) {
        return new ItemState(i.itemId(), i.title(), i.kind(), i.description(), i.presenterId(), i.standing(),
                i.withdrawn(), i.withdrawnReason(), i.notes(), i.decisions(), actions, i.referrals(), i.conflicts(),
                i.referredFrom(), i.attachments());
    }

    private static ItemState withReferrals(ItemState i, List<ReferralState> referrals) {
        return new ItemState(i.itemId(), i.title(), i.kind(), i.description(), i.presenterId(), i.standing(),
                i.withdrawn(), i.withdrawnReason(), i.notes(), i.decisions(), i.actions(), referrals, i.conflicts(),
                i.referredFrom(), i.attachments());
    }

    private static ItemState withConflicts(ItemState i, List<ConflictState> conflicts) {
        return new ItemState(i.itemId(), i.title(), i.kind(), i.description(), i.presenterId(), i.standing(),
                i.withdrawn(), i.withdrawnReason(), i.notes(), i.decisions(), i.actions(), i.referrals(), conflicts,
                i.referredFrom(), i.attachments());
    }

    private static ItemState withAttachments(ItemState i, List<AttachmentState> attachments) {
        return new ItemState(i.itemId(), i.title(), i.kind(), i.description(), i.presenterId(), i.standing(),
                i.withdrawn(), i.withdrawnReason(), i.notes(), i.decisions(), i.actions(), i.referrals(), i.conflicts(),
                i.referredFrom(), attachments);
    }

    /** The entry with the same key is replaced where it stands; a new key goes last. */
    private static <T, K> List<T> replaceOrAppend(List<T> entries, Function<T, K> key, T entry) {
        List<T> result = new ArrayList<>(entries.size() + 1);
        boolean replaced = false;
        for (T existing : entries) {
            if (key.apply(existing).equals(key.apply(entry))) {
                result.add(entry);
                replaced = true;
            } else {
                result.add(existing);
            }
        }
        if (!replaced) {
            result.add(entry);
        }
        return result;
    }

    /** The state being changed by one event. */
    private static final class Builder {
        private final MeetingState s;
        private MeetingStatus status;
        private String cancelledReason;
        private LocalDateTime start;
        private LocalDateTime expectedEnd;
        private String location;
        private List<Attendance> attendance;
        private PersonId referent;
        private Instant approvedAt;
        private PersonId approvedBy;
        private MeetingId approvedAtMeetingId;
        private List<ItemState> items;
        private List<CorrectionState> corrections;
        private PersonId chairOfTheDay;
        private List<BodyId> jointBodyIds;
        private ObjectionState objection;
        private List<CommentState> comments;
        private String approvalRule;

        Builder(MeetingState s) {
            this.s = s;
            status = s.status();
            cancelledReason = s.cancelledReason();
            start = s.start();
            expectedEnd = s.expectedEnd();
            location = s.location();
            attendance = s.attendance();
            referent = s.referent();
            approvedAt = s.approvedAt();
            approvedBy = s.approvedBy();
            approvedAtMeetingId = s.approvedAtMeetingId();
            items = s.items();
            corrections = s.corrections();
            chairOfTheDay = s.chairOfTheDay();
            jointBodyIds = s.jointBodyIds();
            objection = s.objection();
            comments = s.comments();
            approvalRule = s.approvalRule();
        }

        Builder objection(ObjectionState objection) {
            this.objection = objection;
            return this;
        }

        Builder commented(CommentState comment) {
            comments = replaceOrAppend(comments, CommentState::commentId, comment);
            return this;
        }

        Builder answered(MinutesCommentAnswered e, Recording recording) {
            comments = comments.stream().map(c -> !c.commentId().equals(e.commentId()) ? c
                    : new CommentState(c.commentId(), c.itemId(), c.authorId(), c.text(), c.madeAt(), e.resolution(),
                    e.text(), recording.at(), recording.by())).toList();
            return this;
        }

        Builder jointBodyAdded(BodyId body) {
            List<BodyId> bodies = new ArrayList<>(jointBodyIds);
            if (!bodies.contains(body)) {
                bodies.add(body);
            }
            jointBodyIds = bodies;
            return this;
        }

        Builder jointBodyWithdrawn(BodyId body) {
            List<BodyId> bodies = new ArrayList<>(jointBodyIds);
            bodies.remove(body);
            jointBodyIds = bodies;
            return this;
        }

        Builder chairOfTheDay(PersonId person) {
            chairOfTheDay = person;
            return this;
        }

        Builder status(MeetingStatus status) {
            this.status = status;
            return this;
        }

        Builder cancelled(String reason) {
            this.cancelledReason = reason;
            return this;
        }

        Builder times(MeetingRescheduled e) {
            start = e.start();
            expectedEnd = e.expectedEnd();
            location = e.location();
            return this;
        }

        /** The minute-taker named for the meeting: from now on the referent, whoever records. */
        Builder referent(PersonId person) {
            referent = person;
            return this;
        }

        Builder referentIfNone(PersonId person) {
            if (referent == null) {
                referent = person;
            }
            return this;
        }

        Builder approved(Recording recording, MinutesApproved e) {
            approvedAt = recording.at();
            approvedBy = e.approvedBy();
            approvedAtMeetingId = e.atMeetingId();
            approvalRule = e.rule();
            return this;
        }

        Builder corrected(CorrectionState correction) {
            corrections = replaceOrAppend(corrections, CorrectionState::correctionId, correction);
            return this;
        }

        Builder added(ItemState item) {
            items = replaceOrAppend(items, ItemState::itemId, item);
            return this;
        }

        Builder items(List<ItemState> items) {
            this.items = items;
            return this;
        }

        /** The named items in the given order, then any others (withdrawn ones) in their previous order. */
        Builder reordered(List<AgendaItemId> order) {
            Map<AgendaItemId, ItemState> byId = new LinkedHashMap<>();
            items.forEach(item -> byId.put(item.itemId(), item));
            List<ItemState> result = new ArrayList<>(items.size());
            for (AgendaItemId id : order) {
                ItemState item = byId.remove(id);
                if (item != null) {
                    result.add(item);
                }
            }
            result.addAll(byId.values());
            items = result;
            return this;
        }

        Builder attended(Attendance record) {
            attendance = replaceOrAppend(attendance, Attendance::personId, record);
            return this;
        }

        MeetingState build() {
            return new MeetingState(s.meetingId(), s.bodyId(), status, cancelledReason, start, expectedEnd, location,
                    attendance, referent, approvedAt, approvedBy, approvedAtMeetingId, items, corrections, chairOfTheDay,
                    s.kind(), jointBodyIds, objection, comments, approvalRule);
        }
    }
}
