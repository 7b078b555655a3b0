package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record PublishAgenda(@TargetAggregateIdentifier MeetingId meetingId) {

    public PublishAgenda {
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
