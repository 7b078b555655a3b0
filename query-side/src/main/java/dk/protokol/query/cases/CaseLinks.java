package dk.protokol.query.cases;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.query.actions.MeetingDigest;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The links between meetings that make a case, derived from one meeting's digest: the cases referred from
 * its items, and the referred cases it took onto its agenda. Pure; the "cases" projection keeps them as
 * rows (case_referral, case_acceptance) so that the referral list can be filtered in SQL.
 */
public final class CaseLinks {

    private CaseLinks() {
    }

    /** A case referred from an item of a meeting to another body. */
    public record Referred(ReferralId referralId, BodyId fromBodyId, MeetingId fromMeetingId,
                           AgendaItemId fromItemId, LocalDateTime fromStart, BodyId targetBodyId) {
    }

    /**
     * A referred case taken onto a meeting's agenda as an item. {@code active} while the item stands on an
     * agenda that is still to be or was held: a withdrawn item or a cancelled meeting leaves the case waiting.
     */
    public record Accepted(ReferralId referralId, MeetingId meetingId, AgendaItemId itemId, boolean active) {
    }

    public static List<Referred> referred(MeetingDigest meeting) {
        if (meeting == null) {
            return List.of();
        }
        return meeting.items().stream()
                .flatMap(item -> item.referrals().stream().map(referral -> new Referred(referral.referralId(),
                        meeting.bodyId(), meeting.meetingId(), item.itemId(), meeting.start(),
                        referral.targetBodyId())))
                .toList();
    }

    public static List<Accepted> accepted(MeetingDigest meeting) {
        if (meeting == null) {
            return List.of();
        }
        boolean cancelled = meeting.progress() == MeetingDigest.MeetingProgress.CANCELLED;
        return meeting.items().stream()
                .filter(item -> item.referredFrom() != null)
                .map(item -> new Accepted(item.referredFrom().referralId(), meeting.meetingId(), item.itemId(),
                        !cancelled && !item.withdrawn()))
                .toList();
    }
}
