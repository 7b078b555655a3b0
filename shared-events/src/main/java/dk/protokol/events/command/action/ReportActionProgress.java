package dk.protokol.events.command.action;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Reports how the action is going. {@code meetingId}: the meeting it is reported at (follow-up under the standing
 * item), or null.
 */
public record ReportActionProgress(@TargetAggregateIdentifier ActionId actionId,
                                   @NotBlank(message = "Skriv, hvordan det går med handlingen.")
                                   @Size(max = 4000, message = "Statusmeldingen må højst være 4.000 tegn.")
                                   String note,
                                   MeetingId meetingId) {

    public ReportActionProgress {
        Limits.check(ReportActionProgress.class, actionId, note, meetingId);
        Objects.requireNonNull(actionId, "actionId");
    }
}
