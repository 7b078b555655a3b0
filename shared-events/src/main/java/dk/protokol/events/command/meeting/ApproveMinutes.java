package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The chair approves the minutes. {@code approvedBy} is the person the caller acts as; {@code approvedOn} the
 * day of approval (the aggregate reads no clock), on which the approver must chair the body.
 * {@code atMeetingId}: the meeting under whose standing item the minutes were approved; may be null.
 */
public record ApproveMinutes(@TargetAggregateIdentifier MeetingId meetingId, PersonId approvedBy,
                             LocalDate approvedOn, MeetingId atMeetingId) {

    public ApproveMinutes {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(approvedBy, "approvedBy");
        Objects.requireNonNull(approvedOn, "approvedOn");
    }
}
