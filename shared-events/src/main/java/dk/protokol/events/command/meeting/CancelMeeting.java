package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

public record CancelMeeting(@TargetAggregateIdentifier MeetingId meetingId,
                            @NotBlank(message = "Angiv en begrundelse.")
                            @Size(max = 2000, message = "Begrundelsen må højst være 2.000 tegn.")
                            String reason) {

    public CancelMeeting {
        Limits.check(CancelMeeting.class, meetingId, reason);
        Objects.requireNonNull(meetingId, "meetingId");
    }
}
