package dk.protokol.command.body;

import dk.protokol.events.command.body.ChangeBodyMandate;
import dk.protokol.events.ids.BodyId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

public record ChangeMandateRequest(
        String mandate,
        @Schema(description = "Første dag kommissoriet gælder / first day of the mandate")
        LocalDate on) {

    ChangeBodyMandate toCommand(BodyId id) {
        return new ChangeBodyMandate(id, mandate, on);
    }
}
