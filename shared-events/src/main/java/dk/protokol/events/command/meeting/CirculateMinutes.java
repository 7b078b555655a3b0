package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record CirculateMinutes(@TargetAggregateIdentifier MeetingId meetingId) {

    public CirculateMinutes {
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
