package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.CorrectMinutes;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

public record CorrectionRequest(
        @Schema(description = "Det punkt, rettelsen gælder; udelades: referatet som helhed")
        UUID itemId,
        String text,
        String reason) {

    CorrectMinutes toCommand(MeetingId meeting, CorrectionId correction) {
        return new CorrectMinutes(meeting, correction, AgendaItemId.ofNullable(itemId), text,
                reason);
    }
}
