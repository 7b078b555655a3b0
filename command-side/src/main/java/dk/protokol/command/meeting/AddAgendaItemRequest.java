package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AddAgendaItem;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

public record AddAgendaItemRequest(
        @Schema(example = "Status på helhedsplanen")
        String title,
        @Schema(description = "Til orientering, drøftelse eller beslutning")
        AgendaItemKind kind,
        @Schema(description = "Baggrund for punktet / background")
        String description,
        @Schema(description = "Den, der fremlægger punktet / presenter")
        UUID presenterId) {

    AddAgendaItem toCommand(MeetingId meeting, AgendaItemId item) {
        return new AddAgendaItem(meeting, item, title, kind, description,
                PersonId.ofNullable(presenterId));
    }
}
