package dk.protokol.query.cases;

import dk.protokol.events.query.cases.ReferralStatus;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.query.organisation.BodyRef;
import dk.protokol.query.organisation.PersonRef;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's trail across bodies ({@code GET /api/cases/{id}}, id = the referral's id): where it came from,
 * where it went, and every step in order of business date (ties in the order things follow from each
 * other: item, decision, referral, acceptance, decision there, actions and their follow-up).
 *
 * @param from               the item of the referring body's meeting the case was referred from
 * @param to                 the body it was referred to and, once accepted, the item that took it up there
 * @param previousReferralId set when the case had itself come to the referring body by referral: follow it back
 * @param trail              the steps, see {@link StepKind}
 */
public record CaseView(ReferralId referralId, ReferralStatus status, String note, Place from, Place to,
                       ReferralId previousReferralId, List<Step> trail) {

    /** A body, and where a case stood there: a meeting and an agenda item (absent while not yet on an agenda). */
    public record Place(BodyRef body, MeetingId meetingId, LocalDate meetingDate, AgendaItemId itemId,
                        String itemTitle) {
    }

    public enum StepKind {
        /** the item in the referring body's meeting; {@code text} its title */
        ITEM,
        /** a decision on an item of the case; {@code text}, {@code decisionId}, {@code outcome} */
        DECISION,
        /** the case was referred to {@code targetBody}; {@code text} the note */
        REFERRED,
        /** the target body took the case onto a meeting's agenda; {@code text} the item's title */
        ACCEPTED,
        /** the accepted item was withdrawn or its meeting cancelled: the case waits again */
        ACCEPTANCE_WITHDRAWN,
        /** an action agreed under an item of the case; {@code text}, {@code owner}, {@code dueDate} */
        ACTION_AGREED,
        /** progress reported on an action; {@code text} the note, {@code meetingId} where, if in a meeting */
        PROGRESS_REPORTED,
        ACTION_REASSIGNED,
        ACTION_DUE_DATE_CHANGED,
        /** an action was completed, {@code date} the day it was completed on */
        ACTION_COMPLETED,
        ACTION_CANCELLED,
        ACTION_REOPENED,
        /** the case was referred on from the target body to {@code targetBody}: follow {@code referralId} */
        REFERRED_ON
    }

    /**
     * One step. {@code date} is business time (the meeting's date; a completion's day; else the Danish day it
     * was recorded); {@code recordedAt} recording time, where the step is one recorded change of an action.
     * Only the fields of its kind are present.
     */
    public record Step(StepKind kind, LocalDate date, Instant recordedAt, BodyRef body, MeetingId meetingId,
                       AgendaItemId itemId, String text, DecisionId decisionId, DecisionOutcome outcome,
                       ActionId actionId, PersonRef owner, LocalDate dueDate, ReferralId referralId,
                       BodyRef targetBody) {
    }
}
