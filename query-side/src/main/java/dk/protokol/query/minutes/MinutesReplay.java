package dk.protokol.query.minutes;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.query.common.EventHistory;

import java.time.Instant;

/**
 * Time travel ({@code asOf}): one meeting as the system knew it at an instant, folded in memory from
 * its recorded events with the very fold the live projections use.
 */
public final class MinutesReplay {

    private MinutesReplay() {
    }

    /** The meeting's state at {@code asOf}, or null if it had not been scheduled by then. */
    public static MeetingState asOf(EventHistory history, MeetingId meetingId, Instant asOf) {
        MeetingState[] state = {null};
        history.replayAggregate(meetingId.toString(), asOf, recorded -> {
            if (recorded.payload() instanceof MeetingEvent event) {
                state[0] = MinutesFold.apply(state[0], event, Recording.of(recorded));
            }
        });
        return state[0];
    }
}
