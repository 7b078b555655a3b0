package dk.protokol.events.query.minutes;

import dk.protokol.events.ids.MeetingId;

import java.time.Instant;

/** The minutes of one meeting, as known at {@code asOf} (now when null). */
public record FindMinutes(MeetingId meetingId, Instant asOf) {
}
