package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.ReorderAgenda;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

public record ReorderAgendaRequest(
        @Schema(description = "Alle punkter på dagsordenen (ikke de udgåede), første til sidste")
        @NotEmpty(message = "Angiv punkterne i den nye rækkefølge.")
        @Size(max = 500, message = "En dagsorden kan højst have 500 punkter.")
        List<@NotNull(message = "Et punkt mangler sit id.") UUID> itemIds) {

    ReorderAgenda toCommand(MeetingId meeting) {
        return new ReorderAgenda(meeting, itemIds.stream().map(AgendaItemId::of).toList());
    }
}
