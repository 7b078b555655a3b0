package dk.protokol.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.ReferralId;

/**
 * What the command side knows of a case referred to another body: where it came from (body, meeting, item and the
 * item's title there), what the target body is asked to do ({@code note}), and the meeting and item that took it
 * onto the target body's agenda ({@code acceptedAtMeetingId} and {@code acceptedAsItemId}, null while it waits).
 */
public record KnownReferral(ReferralId id, BodyId fromBodyId, MeetingId fromMeetingId, AgendaItemId fromItemId,
                            String fromItemTitle, String note, BodyId targetBodyId, MeetingId acceptedAtMeetingId,
                            AgendaItemId acceptedAsItemId) {

    public boolean isAccepted() {
        return acceptedAtMeetingId != null;
    }
}
