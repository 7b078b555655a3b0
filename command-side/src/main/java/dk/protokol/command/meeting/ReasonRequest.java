package dk.protokol.command.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why: a meeting cancelled, an item withdrawn. */
public record ReasonRequest(
        @Schema(example = "Formanden er forhindret")
        String reason) {
}
