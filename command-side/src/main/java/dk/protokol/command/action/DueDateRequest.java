package dk.protokol.command.action;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

public record DueDateRequest(
        @Schema(description = "Den nye frist / the new due date")
        LocalDate dueDate,
        @Schema(example = "Afventer kommunens budgetforhandlinger")
        String reason) {
}
