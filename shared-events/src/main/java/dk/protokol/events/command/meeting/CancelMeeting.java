package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record CancelMeeting(@TargetAggregateIdentifier MeetingId meetingId, String reason) {

    public CancelMeeting {
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
