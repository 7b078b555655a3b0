package dk.protokol.command.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why: a meeting cancelled, an item withdrawn. */
public record ReasonRequest(
        @Schema(example = "Formanden er forhindret")
        @NotBlank(message = "Angiv en begrundelse.")
        @Size(max = 2000, message = "Begrundelsen må højst være 2.000 tegn.")
        String reason) {
}
