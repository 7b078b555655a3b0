package dk.protokol.query.actions;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.query.actions.MeetingDigest.MeetingProgress;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The standing follow-up of one meeting ({@link FollowUps}), as known at {@code asOf} (now when null). The
 * caller names the meeting as it stood at that instant (the minutes know it in full; the action view keeps
 * only a digest): its body, its local Danish start and expected end, and how far it got.
 */
public record FindFollowUp(MeetingId meetingId, BodyId bodyId, LocalDateTime start, LocalDateTime expectedEnd,
                           MeetingProgress progress, Instant asOf) {
}
