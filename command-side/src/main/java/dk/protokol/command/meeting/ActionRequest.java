package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

public record ActionRequest(
        @Schema(example = "Sekretariatet udarbejder et udkast til handleplan.")
        @NotBlank(message = "Beskriv opfølgningen.")
        @Size(max = 2000, message = "Beskrivelsen må højst være 2.000 tegn.")
        String description,
        @Schema(description = "Ansvarlig / owner")
        @NotNull(message = "Vælg den ansvarlige.")
        UUID ownerId,
        @Schema(description = "Frist / due date")
        @NotNull(message = "Angiv en frist.")
        LocalDate dueDate,
        @Schema(description = "Den beslutning, opfølgningen hører til / the decision it follows up")
        UUID decisionId) {

    AgreeAction toCommand(MeetingId meeting, AgendaItemId item, ActionId action) {
        return new AgreeAction(meeting, item, action, description, PersonId.of(ownerId), dueDate,
                decisionId == null ? null : DecisionId.of(decisionId));
    }
}
