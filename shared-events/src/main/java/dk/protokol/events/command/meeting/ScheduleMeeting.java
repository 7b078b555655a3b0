package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Schedules a meeting of a body. Times are Danish local time (Europe/Copenhagen). The meeting starts with the
 * standing item "Godkendelse af dagsorden og referat", whose id the sender chooses like every other id.
 */
public record ScheduleMeeting(@TargetAggregateIdentifier MeetingId meetingId, BodyId bodyId, LocalDateTime start,
                              LocalDateTime expectedEnd, String location, AgendaItemId standingItemId) {

    /** The HTTP layer answers missing values with 400; a null here is a programming error. */
    public ScheduleMeeting {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(bodyId, "bodyId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(expectedEnd, "expectedEnd");
        Objects.requireNonNull(standingItemId, "standingItemId");
    }

    public ScheduleMeeting(MeetingId meetingId, BodyId bodyId, LocalDateTime start, LocalDateTime expectedEnd,
                           String location) {
        this(meetingId, bodyId, start, expectedEnd, location, AgendaItemId.random());
    }
}
