package dk.protokol.command.body;

import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.UUID;

public record EstablishBodyRequest(
        @Schema(example = "Boligpolitisk Styregruppe")
        @NotBlank(message = "Navnet skal udfyldes.")
        @Size(max = 200, message = "Navnet må højst være 200 tegn.")
        String name,
        @NotNull(message = "Vælg hvilken slags organ det er.")
        BodyKind kind,
        @Schema(example = "BolivVejle")
        @NotBlank(message = "Organisationen skal udfyldes.")
        @Size(max = 200, message = "Organisationen må højst være 200 tegn.")
        String organisation,
        @Schema(description = "Overordnet organ / parent body")
        UUID parentId,
        @Schema(description = "Kommissorium / mandate")
        @Size(max = 10000, message = "Kommissoriet må højst være 10.000 tegn.")
        String mandate,
        @Positive(message = "Antal møder om året skal være mindst 1.")
        @Max(value = 366, message = "Antal møder om året kan højst være 366.")
        Integer meetingsPerYear,
        @Schema(description = "Beslutningsdygtighed: mindste antal fremmødte medlemmer / quorum")
        @Positive(message = "Beslutningsdygtighed skal være mindst 1.")
        @Max(value = 1000, message = "Beslutningsdygtighed kan højst være 1000.")
        Integer quorum,
        @Schema(description = "Første dag organet findes; udelades: i dag / first day; default today")
        LocalDate establishedOn) {

    EstablishBody toCommand(BodyId id, LocalDate today) {
        return new EstablishBody(id, name, kind, organisation, parentId == null ? null : BodyId.of(parentId),
                mandate, meetingsPerYear, quorum, establishedOn == null ? today : establishedOn);
    }
}
