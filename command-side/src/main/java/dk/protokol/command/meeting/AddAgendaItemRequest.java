package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.UUID;

public record AddAgendaItemRequest(
        @Schema(example = "Status på helhedsplanen")
        @NotBlank(message = "Punktets titel skal udfyldes.")
        @Size(max = 300, message = "Titlen må højst være 300 tegn.")
        String title,
        @Schema(description = "Til orientering, drøftelse eller beslutning")
        @NotNull(message = "Vælg om punktet er til orientering, drøftelse eller beslutning.")
        AgendaItemKind kind,
        @Schema(description = "Baggrund for punktet / background")
        @Size(max = 20000, message = "Beskrivelsen må højst være 20.000 tegn.")
        String description,
        @Schema(description = "Den, der fremlægger punktet / presenter")
        UUID presenterId) {

    AddAgendaItem toCommand(MeetingId meeting, AgendaItemId item) {
        return new AddAgendaItem(meeting, item, title, kind, description,
                presenterId == null ? null : PersonId.of(presenterId));
    }
}
