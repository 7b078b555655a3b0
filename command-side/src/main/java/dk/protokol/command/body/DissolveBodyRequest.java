package dk.protokol.command.body;

import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.ids.BodyId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record DissolveBodyRequest(
        @Schema(description = "Første dag organet ikke længere findes / first day the body no longer exists")
        @NotNull(message = "Angiv hvornår organet nedlægges.")
        LocalDate on,
        @NotBlank(message = "Angiv hvorfor organet nedlægges.")
        @Size(max = 1000, message = "Begrundelsen må højst være 1000 tegn.")
        String reason) {

    DissolveBody toCommand(BodyId id) {
        return new DissolveBody(id, on, reason);
    }
}
