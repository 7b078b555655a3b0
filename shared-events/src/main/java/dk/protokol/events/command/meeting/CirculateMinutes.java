package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * The minutes are sent out for comment. {@code circulatedAt} is the moment (the aggregate reads no clock): the body's
 * objection period runs from it.
 */
public record CirculateMinutes(@TargetAggregateIdentifier MeetingId meetingId, Instant circulatedAt) {

    public CirculateMinutes {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(circulatedAt, "circulatedAt");
    }
}
