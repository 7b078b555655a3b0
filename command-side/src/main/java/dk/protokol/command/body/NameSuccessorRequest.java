package dk.protokol.command.body;

import dk.protokol.events.command.body.NameSuccessorBody;
import dk.protokol.events.ids.BodyId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record NameSuccessorRequest(
        UUID successorId,
        @Schema(description = "Første dag efterfølgeren viderefører arbejdet / first day the successor carries on")
        LocalDate on) {

    NameSuccessorBody toCommand(BodyId id) {
        return new NameSuccessorBody(id, BodyId.ofNullable(successorId), on);
    }
}
