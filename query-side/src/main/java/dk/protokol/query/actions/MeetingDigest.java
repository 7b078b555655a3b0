package dk.protokol.query.actions;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What follow-up needs to know of a meeting, built only by {@link MeetingDigestFold}: when and where it
 * was, whether it was held, who attended, and per agenda item its title, decisions, the actions agreed
 * and the cases referred from or to it. Where an action came from, how a case travelled, and the
 * evaluator figures are read from it. (The minutes view keeps the full minutes; this is the follow-up
 * slice's own, smaller copy, so that its views can be rebuilt alone.)
 *
 * @param attendance one entry per person, the latest record replacing earlier ones
 * @param items      in the order they were added
 */
public record MeetingDigest(MeetingId meetingId, BodyId bodyId, LocalDateTime start, String location,
                           MeetingProgress progress, List<Attendee> attendance, List<Item> items) {

    public MeetingDigest {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(progress, "progress");
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** How far the meeting got. HELD: closed, or its minutes circulated or approved. */
    public enum MeetingProgress { SCHEDULED, OPEN, HELD, CANCELLED }

    public boolean held() {
        return progress == MeetingProgress.HELD;
    }

    public Optional<Item> item(AgendaItemId itemId) {
        return items.stream().filter(item -> item.itemId().equals(itemId)).findFirst();
    }

    public Optional<Decision> decision(DecisionId decisionId) {
        return items.stream().flatMap(item -> item.decisions().stream())
                .filter(decision -> decision.decisionId().equals(decisionId)).findFirst();
    }

    public record Attendee(PersonId personId, AttendanceStatus status, PersonId substituteFor) {
    }

    /** @param referredFrom set when the item is a case referred here from another body */
    public record Item(AgendaItemId itemId, String title, boolean withdrawn, List<Decision> decisions,
                       List<ActionId> actions, List<Referral> referrals, Origin referredFrom) {

        public Item {
            Objects.requireNonNull(itemId, "itemId");
            decisions = decisions == null ? List.of() : List.copyOf(decisions);
            actions = actions == null ? List.of() : List.copyOf(actions);
            referrals = referrals == null ? List.of() : List.copyOf(referrals);
        }
    }

    public record Decision(DecisionId decisionId, String text, DecisionOutcome outcome) {
    }

    /** The item's case was referred to {@code targetBodyId}. */
    public record Referral(ReferralId referralId, BodyId targetBodyId, String note) {
    }

    /** Where a referred case came from. */
    public record Origin(ReferralId referralId, BodyId fromBodyId, MeetingId fromMeetingId,
                         AgendaItemId fromItemId) {
    }
}
