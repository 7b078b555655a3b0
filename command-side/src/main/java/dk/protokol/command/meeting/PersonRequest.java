package dk.protokol.command.meeting;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.UUID;

/** A person named for the meeting: its chair for the day (mødeleder) or its minute-taker (referent). */
public record PersonRequest(
        @Schema(description = "Personen / the person")
        UUID personId) {
}
