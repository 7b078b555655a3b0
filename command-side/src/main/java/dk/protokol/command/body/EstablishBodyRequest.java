package dk.protokol.command.body;

import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record EstablishBodyRequest(
        @Schema(example = "Boligpolitisk Styregruppe")
        String name,
        BodyKind kind,
        @Schema(example = "BolivVejle")
        String organisation,
        @Schema(description = "Overordnet organ / parent body")
        UUID parentId,
        @Schema(description = "Kommissorium / mandate")
        String mandate,
        Integer meetingsPerYear,
        @Schema(description = "Beslutningsdygtighed: mindste antal fremmødte medlemmer / quorum")
        Integer quorum,
        @Schema(description = "Første dag organet findes; udelades: i dag / first day; default today")
        LocalDate establishedOn,
        @Schema(description = "Indsigelsesfrist i dage for udsendte referater; udelades: 8 / objection period in days")
        Integer objectionDays,
        @Schema(description = "Referatet godkendes stiltiende, når fristen udløber uden åbne indsigelser / tacit approval")
        Boolean tacitApproval) {

    EstablishBody toCommand(BodyId id, LocalDate today) {
        return new EstablishBody(id, name, kind, organisation, BodyId.ofNullable(parentId),
                mandate, meetingsPerYear, quorum, establishedOn == null ? today : establishedOn);
    }
}
