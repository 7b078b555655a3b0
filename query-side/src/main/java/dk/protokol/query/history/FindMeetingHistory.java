package dk.protokol.query.history;

import dk.protokol.events.ids.MeetingId;

import java.time.Instant;

/** Everything recorded about one meeting, who did it and when, as known at {@code asOf} (now when null). */
public record FindMeetingHistory(MeetingId meetingId, Instant asOf) {
}
