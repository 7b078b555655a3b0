package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Another body holds the meeting jointly with the body that called it (a fællesmøde); before the meeting opens. */
public record AddJointBody(@TargetAggregateIdentifier MeetingId meetingId,
                           @NotNull(message = "Vælg det organ, der holder mødet sammen med mødets organ.")
                           BodyId bodyId) {

    public AddJointBody {
        Limits.check(AddJointBody.class, meetingId, bodyId);
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
