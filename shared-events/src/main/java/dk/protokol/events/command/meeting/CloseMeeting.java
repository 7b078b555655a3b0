package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record CloseMeeting(@TargetAggregateIdentifier MeetingId meetingId) {

    public CloseMeeting {
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
