package dk.protokol.command.meeting;

import dk.protokol.events.command.meeting.AgreeAction;
import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record ActionRequest(
        @Schema(example = "Sekretariatet udarbejder et udkast til handleplan.")
        String description,
        @Schema(description = "Ansvarlig / owner")
        UUID ownerId,
        @Schema(description = "Frist / due date")
        LocalDate dueDate,
        @Schema(description = "Den beslutning, opfølgningen hører til / the decision it follows up")
        UUID decisionId) {

    AgreeAction toCommand(MeetingId meeting, AgendaItemId item, ActionId action) {
        return new AgreeAction(meeting, item, action, description, PersonId.ofNullable(ownerId), dueDate,
                DecisionId.ofNullable(decisionId));
    }
}
