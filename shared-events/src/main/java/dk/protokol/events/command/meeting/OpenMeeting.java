package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record OpenMeeting(@TargetAggregateIdentifier MeetingId meetingId) {

    public OpenMeeting {
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
