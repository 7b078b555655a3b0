package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.CorrectMinutes;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record CorrectionRequest(
        @Schema(description = "Det punkt, rettelsen gælder; udelades: referatet som helhed")
        UUID itemId,
        @NotBlank(message = "Skriv rettelsen.")
        @Size(max = 100000, message = "Rettelsen må højst være 100.000 tegn.")
        String text,
        @NotBlank(message = "Angiv en begrundelse for rettelsen.")
        @Size(max = 2000, message = "Begrundelsen må højst være 2.000 tegn.")
        String reason) {

    CorrectMinutes toCommand(MeetingId meeting, CorrectionId correction) {
        return new CorrectMinutes(meeting, correction, itemId == null ? null : AgendaItemId.of(itemId), text,
                reason);
    }
}
