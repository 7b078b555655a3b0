package dk.protokol.query.cases;

import dk.protokol.events.query.cases.ReferralStatus;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;
import dk.protokol.query.organisation.BodyRef;

import java.time.LocalDate;

/**
 * One line of {@code GET /api/referrals}: a case referred from an item of one body's meeting to another
 * body, and, once accepted, the meeting and item that took it up ({@code accepted*}, absent while waiting).
 */
public record ReferralSummary(ReferralId referralId, ReferralStatus status, BodyRef fromBody,
                              MeetingId fromMeetingId, LocalDate fromMeetingDate, AgendaItemId fromItemId,
                              String itemTitle, String note, BodyRef targetBody, MeetingId acceptedMeetingId,
                              LocalDate acceptedMeetingDate, AgendaItemId acceptedItemId) {
}
