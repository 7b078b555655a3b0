package dk.protokol.command.body;

import dk.protokol.events.command.body.ChangeBodyCadence;
import dk.protokol.events.ids.BodyId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

public record ChangeCadenceRequest(
        @Schema(description = "Antal møder om året; tom: efter behov / meetings a year; null: as needed")
        Integer meetingsPerYear,
        @Schema(description = "Første dag med den nye mødehyppighed / first day of the cadence")
        LocalDate on) {

    ChangeBodyCadence toCommand(BodyId id) {
        return new ChangeBodyCadence(id, meetingsPerYear, on);
    }
}
