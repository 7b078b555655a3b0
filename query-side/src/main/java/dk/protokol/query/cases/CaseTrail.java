package dk.protokol.query.cases;

import dk.protokol.events.query.cases.ReferralStatus;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.query.actions.ActionChange;
import dk.protokol.query.actions.ActionList;
import dk.protokol.query.actions.ActionState;
import dk.protokol.query.actions.ChangeKind;
import dk.protokol.query.actions.MeetingDigest;
import dk.protokol.query.cases.CaseView.Place;
import dk.protokol.query.cases.CaseView.Step;
import dk.protokol.query.cases.CaseView.StepKind;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.Names;
import dk.protokol.query.organisation.PersonRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A case's trail as a pure function of the folded meetings and actions it touches: the referring meeting,
 * the meetings that took the case up, and the actions agreed under the case's items. The steps are put
 * down in the order they follow from each other (an item, its decisions, the actions agreed under it with
 * their follow-up, then the referral or the referral onwards) and then sorted, stably, by business date, so
 * the order is by date and, within a day, by cause and effect.
 */
public final class CaseTrail {

    private CaseTrail() {
    }

    /**
     * @param origin  the meeting the case was referred from
     * @param targets the meetings that took it onto their agenda (with an item referred from it)
     * @param actions the actions agreed under the case's items, in either body
     * @param elsewhere other meetings the actions name (where progress was reported), for their dates
     * @return empty when {@code origin} does not hold the referral
     */
    public static Optional<CaseView> of(ReferralId referralId, MeetingDigest origin, List<MeetingDigest> targets,
                                        Collection<ActionState> actions, Map<MeetingId, MeetingDigest> elsewhere,
                                        Names names) {
        if (origin == null) {
            return Optional.empty();
        }
        Optional<MeetingDigest.Item> from = origin.items().stream()
                .filter(item -> item.referrals().stream().anyMatch(r -> r.referralId().equals(referralId)))
                .findFirst();
        if (from.isEmpty()) {
            return Optional.empty();
        }
        MeetingDigest.Item fromItem = from.get();
        MeetingDigest.Referral referral = fromItem.referrals().stream()
                .filter(r -> r.referralId().equals(referralId)).findFirst().orElseThrow();
        LocalDate originDate = ActionList.agreedOn(origin);

        List<Step> steps = new ArrayList<>();
        steps.add(step(StepKind.ITEM, originDate, names, origin.bodyId(), origin.meetingId(), fromItem)
                .text(fromItem.title()).build());
        Map<MeetingId, MeetingDigest> meetings = new HashMap<>(elsewhere);
        meetings.put(origin.meetingId(), origin);
        targets.forEach(target -> meetings.put(target.meetingId(), target));
        List<ActionState> remaining = new ArrayList<>(actions.stream()
                .sorted(Comparator.comparing((ActionState action) -> ActionList.agreedOn(meetings.get(action.meetingId())),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(action -> action.actionId().toString()))
                .toList());

        decisions(steps, origin, fromItem, names);
        actionsUnder(steps, remaining, origin, fromItem, meetings, names);
        steps.add(step(StepKind.REFERRED, originDate, names, origin.bodyId(), origin.meetingId(), fromItem)
                .text(referral.note()).referral(referralId).target(names, referral.targetBodyId()).build());

        Place to = new Place(names.body(referral.targetBodyId()), null, null, null, null);
        List<MeetingDigest> byDate = targets.stream()
                .sorted(Comparator.comparing(MeetingDigest::start, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(meeting -> meeting.meetingId().toString()))
                .toList();
        for (MeetingDigest target : byDate) {
            LocalDate date = ActionList.agreedOn(target);
            boolean cancelled = target.progress() == MeetingDigest.MeetingProgress.CANCELLED;
            for (MeetingDigest.Item item : target.items()) {
                if (item.referredFrom() == null || !item.referredFrom().referralId().equals(referralId)) {
                    continue;
                }
                Place here = new Place(names.body(target.bodyId()), target.meetingId(), date, item.itemId(),
                        item.title());
                boolean active = !cancelled && !item.withdrawn();
                if (active && to.meetingId() == null) {
                    to = here;
                }
                steps.add(step(StepKind.ACCEPTED, date, names, target.bodyId(), target.meetingId(), item)
                        .text(item.title()).referral(referralId).build());
                decisions(steps, target, item, names);
                actionsUnder(steps, remaining, target, item, meetings, names);
                if (!active) {
                    steps.add(step(StepKind.ACCEPTANCE_WITHDRAWN, date, names, target.bodyId(), target.meetingId(),
                            item).build());
                }
                for (MeetingDigest.Referral onward : item.referrals()) {
                    steps.add(step(StepKind.REFERRED_ON, date, names, target.bodyId(), target.meetingId(), item)
                            .text(onward.note()).referral(onward.referralId())
                            .target(names, onward.targetBodyId()).build());
                }
            }
        }
        // actions given that are under none of the case's items (none, when the caller chose them right)
        remaining.forEach(action -> actionSteps(steps, action, meetings, names));

        List<Step> trail = steps.stream()
                .sorted(Comparator.comparing(Step::date, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        ReferralStatus status = to.meetingId() != null ? ReferralStatus.ACCEPTED : ReferralStatus.WAITING;
        return Optional.of(new CaseView(referralId, status, referral.note(),
                new Place(names.body(origin.bodyId()), origin.meetingId(), originDate, fromItem.itemId(),
                        fromItem.title()),
                to, fromItem.referredFrom() == null ? null : fromItem.referredFrom().referralId(), trail));
    }

    private static void decisions(List<Step> steps, MeetingDigest meeting, MeetingDigest.Item item, Names names) {
        for (MeetingDigest.Decision decision : item.decisions()) {
            steps.add(step(StepKind.DECISION, ActionList.agreedOn(meeting), names, meeting.bodyId(),
                    meeting.meetingId(), item).text(decision.text()).decision(decision).build());
        }
    }

    /** The actions agreed under an item, each with its follow-up, taken out of {@code remaining}. */
    private static void actionsUnder(List<Step> steps, List<ActionState> remaining, MeetingDigest meeting,
                                     MeetingDigest.Item item, Map<MeetingId, MeetingDigest> meetings, Names names) {
        List<ActionState> under = remaining.stream()
                .filter(action -> meeting.meetingId().equals(action.meetingId())
                        && item.itemId().equals(action.itemId()))
                .toList();
        remaining.removeAll(under);
        under.forEach(action -> actionSteps(steps, action, meetings, names));
    }

    private static void actionSteps(List<Step> steps, ActionState action, Map<MeetingId, MeetingDigest> meetings,
                                    Names names) {
        LocalDate agreedOn = ActionList.agreedOn(meetings.get(action.meetingId()));
        for (ActionChange change : action.history()) {
            StepBuilder step = new StepBuilder(kindOf(change.kind()), dateOf(change, agreedOn, meetings))
                    .recordedAt(change)
                    .body(names, action.bodyId())
                    .action(action);
            switch (change.kind()) {
                case OPENED -> step.meeting(action.meetingId()).item(action.itemId()).text(change.text())
                        .owner(names, change).due(change.dueDate());
                case PROGRESS_REPORTED -> step.meeting(change.meetingId()).text(change.text());
                case REASSIGNED -> step.owner(names, change);
                case DUE_DATE_CHANGED -> step.text(change.text()).due(change.dueDate());
                default -> step.text(change.text());
            }
            steps.add(step.build());
        }
    }

    private static StepKind kindOf(ChangeKind kind) {
        return switch (kind) {
            case OPENED -> StepKind.ACTION_AGREED;
            // a bilag to the progress is part of reporting it: the step names the file
            case PROGRESS_REPORTED, ATTACHMENT_ADDED -> StepKind.PROGRESS_REPORTED;
            case REASSIGNED -> StepKind.ACTION_REASSIGNED;
            case DUE_DATE_CHANGED -> StepKind.ACTION_DUE_DATE_CHANGED;
            case COMPLETED -> StepKind.ACTION_COMPLETED;
            case CANCELLED -> StepKind.ACTION_CANCELLED;
            case REOPENED -> StepKind.ACTION_REOPENED;
        };
    }

    /** Agreed: the meeting's day; progress in a meeting: that meeting's day; a completion: its day; else the day recorded. */
    private static LocalDate dateOf(ActionChange change, LocalDate agreedOn, Map<MeetingId, MeetingDigest> meetings) {
        if (change.kind() == ChangeKind.OPENED && agreedOn != null) {
            return agreedOn;
        }
        if (change.kind() == ChangeKind.PROGRESS_REPORTED && change.meetingId() != null) {
            LocalDate reportedAt = ActionList.agreedOn(meetings.get(change.meetingId()));
            if (reportedAt != null) {
                return reportedAt;
            }
        }
        return change.effectiveOn();
    }

    private static StepBuilder step(StepKind kind, LocalDate date, Names names, BodyId body, MeetingId meeting,
                                    MeetingDigest.Item item) {
        return new StepBuilder(kind, date).body(names, body).meeting(meeting).item(item.itemId());
    }

    /** Collects the few fields of one step. */
    private static final class StepBuilder {
        private final StepKind kind;
        private final LocalDate date;
        private Instant recordedAt;
        private BodyRef body;
        private MeetingId meetingId;
        private AgendaItemId itemId;
        private String text;
        private DecisionId decisionId;
        private DecisionOutcome outcome;
        private ActionId actionId;
        private PersonRef owner;
        private LocalDate dueDate;
        private ReferralId referralId;
        private BodyRef targetBody;

        StepBuilder(StepKind kind, LocalDate date) {
            this.kind = kind;
            this.date = date;
        }

        StepBuilder recordedAt(ActionChange change) {
            recordedAt = change.recorded().at();
            return this;
        }

        StepBuilder body(Names names, BodyId id) {
            body = names.body(id);
            return this;
        }

        StepBuilder meeting(MeetingId id) {
            meetingId = id;
            return this;
        }

        StepBuilder item(AgendaItemId id) {
            itemId = id;
            return this;
        }

        StepBuilder text(String value) {
            text = value;
            return this;
        }

        StepBuilder decision(MeetingDigest.Decision decision) {
            decisionId = decision.decisionId();
            outcome = decision.outcome();
            return this;
        }

        StepBuilder action(ActionState action) {
            actionId = action.actionId();
            return this;
        }

        StepBuilder owner(Names names, ActionChange change) {
            owner = names.person(change.ownerId());
            return this;
        }

        StepBuilder due(LocalDate value) {
            dueDate = value;
            return this;
        }

        StepBuilder referral(ReferralId id) {
            referralId = id;
            return this;
        }

        StepBuilder target(Names names, BodyId id) {
            targetBody = names.body(id);
            return this;
        }

        Step build() {
            return new Step(kind, date, recordedAt, body, meetingId, itemId, text, decisionId, outcome, actionId,
                    owner, dueDate, referralId, targetBody);
        }
    }
}
