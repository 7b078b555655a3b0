package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDateTime;
import java.util.Objects;

/** Moves a meeting: the complete new time and place. */
public record RescheduleMeeting(@TargetAggregateIdentifier MeetingId meetingId, LocalDateTime start,
                                LocalDateTime expectedEnd, String location) {

    public RescheduleMeeting {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(expectedEnd, "expectedEnd");
    }
}
