package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A member's recorded remark on a decision (protokolbemærkning). */
public record RecordRemark(@TargetAggregateIdentifier MeetingId meetingId,
                           DecisionId decisionId,
                           @NotNull(message = "Vælg det medlem, der får bemærkningen ført til protokol.")
                           PersonId personId,
                           @NotBlank(message = "Bemærkningen skal udfyldes.")
                           @Size(max = 10000, message = "Bemærkningen må højst være 10.000 tegn.")
                           String text) {

    public RecordRemark {
        Limits.check(RecordRemark.class, meetingId, decisionId, personId, text);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(decisionId, "decisionId");
    }
}
