package dk.protokol.command.action;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

public record ReassignRequest(
        @Schema(description = "Den nye ansvarlige / the new owner")
        UUID ownerId) {
}
