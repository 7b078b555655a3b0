package dk.protokol.command.meeting;

import dk.protokol.command.common.DomainRule;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.words.Words;

import java.time.LocalDate;

/**
 * A referred case is taken onto one agenda of the target body, once; to treat it at another meeting, the item is
 * withdrawn there first (the case then waits again). Checked by the Meeting that accepts the case and again by
 * {@link ReferralLookupUpdater} in the append transaction, where a second acceptance committed in between is seen.
 */
public record ReferralAcceptedOnlyOnce(MeetingId acceptedAtMeetingId, LocalDate meetingDay) implements DomainRule {

    @Override
    public boolean isBroken() {
        return acceptedAtMeetingId != null;
    }

    @Override
    public String message() {
        String where = meetingDay == null ? "et møde" : "mødet den " + Words.DANISH.date(meetingDay);
        return "Sagen er allerede sat på dagsordenen til " + where + ". Tag punktet af dagsordenen dér, hvis sagen "
                + "skal behandles på et andet møde.";
    }
}
