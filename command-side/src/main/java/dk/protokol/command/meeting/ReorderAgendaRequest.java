package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.ReorderAgenda;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

public record ReorderAgendaRequest(
        @Schema(description = "Alle punkter på dagsordenen (ikke de udgåede), første til sidste")
        List<UUID> itemIds) {

    ReorderAgenda toCommand(MeetingId meeting) {
        return new ReorderAgenda(meeting, itemIds == null ? null : itemIds.stream().map(AgendaItemId::ofNullable).toList());
    }
}
