package dk.protokol.query.minutes;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;

import java.time.LocalDateTime;

/** One line of {@code GET /api/meetings}. Times are local Danish time (Europe/Copenhagen). */
public record MeetingSummary(MeetingId id, BodyId bodyId, String bodyName, String organisation,
                             LocalDateTime start, LocalDateTime expectedEnd, String location,
                             MeetingStatus status, String statusLabel) {
}
