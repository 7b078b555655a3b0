package dk.protokol.command.body;

import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.ids.BodyId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

public record DissolveBodyRequest(
        @Schema(description = "Første dag organet ikke længere findes / first day the body no longer exists")
        LocalDate on,
        String reason) {

    DissolveBody toCommand(BodyId id) {
        return new DissolveBody(id, on, reason);
    }
}
