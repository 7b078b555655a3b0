package dk.protokol.events.command.meeting;

import dk.protokol.events.command.Limits;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.MeetingId;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A recorded correction to approved minutes; {@code itemId} null corrects the minutes as a whole. */
public record CorrectMinutes(@TargetAggregateIdentifier MeetingId meetingId,
                             CorrectionId correctionId,
                             AgendaItemId itemId,
                             @NotBlank(message = "Skriv rettelsen.")
                             @Size(max = 100000, message = "Rettelsen må højst være 100.000 tegn.")
                             String text,
                             @NotBlank(message = "Angiv en begrundelse for rettelsen.")
                             @Size(max = 2000, message = "Begrundelsen må højst være 2.000 tegn.")
                             String reason) {

    public CorrectMinutes {
        Limits.check(CorrectMinutes.class, meetingId, correctionId, itemId, text, reason);
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(correctionId, "correctionId");
    }
}
