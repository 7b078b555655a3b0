package dk.protokol.query.actions;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.meeting.ActionAgreed;
import dk.protokol.events.meeting.AgendaItemAdded;
import dk.protokol.events.meeting.AgendaItemAmended;
import dk.protokol.events.meeting.AgendaItemWithdrawn;
import dk.protokol.events.meeting.AttendanceRecorded;
import dk.protokol.events.meeting.CaseReferred;
import dk.protokol.events.meeting.DecisionRecorded;
import dk.protokol.events.meeting.MeetingCancelled;
import dk.protokol.events.meeting.MeetingClosed;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.meeting.MeetingOpened;
import dk.protokol.events.meeting.MeetingRescheduled;
import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.meeting.MinutesApproved;
import dk.protokol.events.meeting.MinutesCirculated;
import dk.protokol.events.meeting.ReferredCaseAccepted;
import dk.protokol.query.actions.MeetingDigest.Attendee;
import dk.protokol.query.actions.MeetingDigest.Decision;
import dk.protokol.query.actions.MeetingDigest.Item;
import dk.protokol.query.actions.MeetingDigest.MeetingProgress;
import dk.protokol.query.actions.MeetingDigest.Origin;
import dk.protokol.query.actions.MeetingDigest.Referral;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The change a meeting event makes to a {@link MeetingDigest}: one pure function, used by the live
 * projections ("actions", "cases") and by tests and replays alike. The aggregate guards the rules; the fold
 * records what it is given. Events the digest has no use for (notes, remarks, conflicts, the agenda's
 * order, corrections) change nothing.
 */
public final class MeetingDigestFold {

    private MeetingDigestFold() {
    }

    /** {@code state} is null before the meeting's first event; so is the result for an event before it. */
    public static MeetingDigest apply(MeetingDigest state, MeetingEvent event) {
        if (event instanceof MeetingScheduled e) {
            return new MeetingDigest(e.meetingId(), e.bodyId(), e.start(), e.location(), MeetingProgress.SCHEDULED,
                    List.of(), List.of());
        }
        if (state == null) {
            return null;
        }
        if (event instanceof MeetingRescheduled e) {
            return new MeetingDigest(state.meetingId(), state.bodyId(), e.start(), e.location(), state.progress(),
                    state.attendance(), state.items());
        }
        if (event instanceof MeetingCancelled) {
            return progressed(state, MeetingProgress.CANCELLED);
        }
        if (event instanceof MeetingOpened) {
            return progressed(state, MeetingProgress.OPEN);
        }
        if (event instanceof MeetingClosed || event instanceof MinutesCirculated || event instanceof MinutesApproved) {
            return progressed(state, MeetingProgress.HELD);
        }
        if (event instanceof AttendanceRecorded e) {
            return new MeetingDigest(state.meetingId(), state.bodyId(), state.start(), state.location(),
                    state.progress(), replaceOrAppend(state.attendance(), Attendee::personId,
                    new Attendee(e.personId(), e.status(), e.substituteFor())), state.items());
        }
        if (event instanceof AgendaItemAdded e) {
            return items(state, replaceOrAppend(state.items(), Item::itemId,
                    new Item(e.itemId(), e.title(), false, List.of(), List.of(), List.of(), null)));
        }
        if (event instanceof AgendaItemAmended e) {
            return item(state, e.itemId(), i -> new Item(i.itemId(), e.title(), i.withdrawn(), i.decisions(),
                    i.actions(), i.referrals(), i.referredFrom()));
        }
        if (event instanceof AgendaItemWithdrawn e) {
            return item(state, e.itemId(), i -> new Item(i.itemId(), i.title(), true, i.decisions(), i.actions(),
                    i.referrals(), i.referredFrom()));
        }
        if (event instanceof DecisionRecorded e) {
            return item(state, e.itemId(), i -> new Item(i.itemId(), i.title(), i.withdrawn(),
                    replaceOrAppend(i.decisions(), Decision::decisionId,
                            new Decision(e.decisionId(), e.text(), e.outcome())),
                    i.actions(), i.referrals(), i.referredFrom()));
        }
        if (event instanceof ActionAgreed e) {
            return item(state, e.itemId(), i -> new Item(i.itemId(), i.title(), i.withdrawn(), i.decisions(),
                    replaceOrAppend(i.actions(), Function.identity(), e.actionId()), i.referrals(),
                    i.referredFrom()));
        }
        if (event instanceof CaseReferred e) {
            return item(state, e.itemId(), i -> new Item(i.itemId(), i.title(), i.withdrawn(), i.decisions(),
                    i.actions(), replaceOrAppend(i.referrals(), Referral::referralId,
                    new Referral(e.referralId(), e.targetBodyId(), e.note())), i.referredFrom()));
        }
        if (event instanceof ReferredCaseAccepted e) {
            return item(state, e.itemId(), i -> new Item(i.itemId(), i.title(), i.withdrawn(), i.decisions(),
                    i.actions(), i.referrals(),
                    new Origin(e.referralId(), e.fromBodyId(), e.fromMeetingId(), e.fromItemId())));
        }
        return state;
    }

    /** A meeting's progress only moves forward; a cancelled meeting stays cancelled. */
    private static MeetingDigest progressed(MeetingDigest state, MeetingProgress next) {
        if (state.progress() == MeetingProgress.CANCELLED || next.compareTo(state.progress()) <= 0) {
            return state;
        }
        return new MeetingDigest(state.meetingId(), state.bodyId(), state.start(), state.location(), next,
                state.attendance(), state.items());
    }

    private static MeetingDigest items(MeetingDigest state, List<Item> items) {
        return new MeetingDigest(state.meetingId(), state.bodyId(), state.start(), state.location(),
                state.progress(), state.attendance(), items);
    }

    /** Changes one item; an event for an item the meeting does not know changes nothing. */
    private static MeetingDigest item(MeetingDigest state, AgendaItemId itemId, UnaryOperator<Item> change) {
        if (state.item(itemId).isEmpty()) {
            return state;
        }
        return items(state, state.items().stream()
                .map(item -> item.itemId().equals(itemId) ? change.apply(item) : item)
                .toList());
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
}
