package dk.protokol.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.AgendaItemKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Fields left out stay as they are; an empty description removes it. */
public record AmendAgendaItemRequest(
        @Pattern(regexp = "(?s).*\\S.*", message = "Punktets titel kan ikke være tom.")
        @Size(max = 300, message = "Titlen må højst være 300 tegn.")
        String title,
        AgendaItemKind kind,
        @Schema(description = "Tom tekst fjerner beskrivelsen / empty removes the description")
        @Size(max = 20000, message = "Beskrivelsen må højst være 20.000 tegn.")
        String description) {

    AmendAgendaItem toCommand(MeetingId meeting, AgendaItemId item) {
        return new AmendAgendaItem(meeting, item, title, kind, description);
    }
}
