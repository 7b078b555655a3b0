package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * The system approves the minutes because the body approves tacitly and the objection period has ended without an
 * open objection (sent by a scheduled check; {@code at} is its moment, the aggregate reads no clock).
 */
public record ApproveMinutesTacitly(@TargetAggregateIdentifier MeetingId meetingId, Instant at) {

    public ApproveMinutesTacitly {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(at, "at");
    }
}
