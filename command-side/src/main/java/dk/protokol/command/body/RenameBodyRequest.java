package dk.protokol.command.body;

import dk.protokol.events.command.body.RenameBody;
import dk.protokol.events.ids.BodyId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

public record RenameBodyRequest(
        String name,
        @Schema(description = "Første dag med det nye navn / first day of the new name")
        LocalDate on) {

    RenameBody toCommand(BodyId id) {
        return new RenameBody(id, name, on);
    }
}
