package dk.protokol.command.action;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: an action cancelled or reopened. */
public record ActionReasonRequest(
        @Schema(example = "Opgaven er overtaget af den nye helhedsplan")
        @NotBlank(message = "Angiv en begrundelse.")
        @Size(max = 2000, message = "Begrundelsen må højst være 2.000 tegn.")
        String reason) {
}
