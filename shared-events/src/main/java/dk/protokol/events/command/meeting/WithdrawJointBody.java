package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A body added to hold the meeting jointly no longer does; before the meeting opens. */
public record WithdrawJointBody(@TargetAggregateIdentifier MeetingId meetingId,
                                @NotNull(message = "Vælg det organ, der ikke længere holder mødet med.")
                                BodyId bodyId) {

    public WithdrawJointBody {
        Limits.check(WithdrawJointBody.class, meetingId, bodyId);
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
