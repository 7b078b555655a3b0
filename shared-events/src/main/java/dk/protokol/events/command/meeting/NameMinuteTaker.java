package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Names the meeting's minute-taker (referent) among those who record for the body. */
public record NameMinuteTaker(@TargetAggregateIdentifier MeetingId meetingId,
                              @NotNull(message = "Vælg referenten.")
                              PersonId personId) {

    public NameMinuteTaker {
        Limits.check(NameMinuteTaker.class, meetingId, personId);
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
