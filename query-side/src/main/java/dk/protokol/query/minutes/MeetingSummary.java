package dk.protokol.query.minutes;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;

import dk.protokol.query.organisation.BodyRef;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One line of {@code GET /api/meetings}. Times are local Danish time (Europe/Copenhagen). {@code bodyId} is the body
 * that called the meeting; {@code jointBodies} those holding it with it (a fællesmøde), empty otherwise.
 */
public record MeetingSummary(MeetingId id, BodyId bodyId, String bodyName, String organisation,
                             LocalDateTime start, LocalDateTime expectedEnd, String location,
                             MeetingStatus status, String statusLabel, List<BodyRef> jointBodies) {

    public MeetingSummary {
        jointBodies = jointBodies == null ? List.of() : List.copyOf(jointBodies);
    }

    /** A meeting of one body (the shape before {@code jointBodies}). */
    public MeetingSummary(MeetingId id, BodyId bodyId, String bodyName, String organisation,
                          LocalDateTime start, LocalDateTime expectedEnd, String location,
                          MeetingStatus status, String statusLabel) {
        this(id, bodyId, bodyName, organisation, start, expectedEnd, location, status, statusLabel, List.of());
    }
}
