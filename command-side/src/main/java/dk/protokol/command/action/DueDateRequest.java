package dk.protokol.command.action;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

public record DueDateRequest(
        @Schema(description = "Den nye frist / the new due date")
        @NotNull(message = "Angiv den nye frist.")
        LocalDate dueDate,
        @Schema(example = "Afventer kommunens budgetforhandlinger")
        @NotBlank(message = "Angiv en begrundelse for den nye frist.")
        @Size(max = 2000, message = "Begrundelsen må højst være 2.000 tegn.")
        String reason) {
}
