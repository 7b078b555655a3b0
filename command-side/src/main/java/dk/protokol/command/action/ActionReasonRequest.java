package dk.protokol.command.action;

import io.swagger.v3.oas.annotations.media.Schema;

/** Why: an action cancelled or reopened. */
public record ActionReasonRequest(
        @Schema(example = "Opgaven er overtaget af den nye helhedsplan")
        String reason) {
}
