package dk.protokol.command.body;

import dk.protokol.events.command.body.ChangeBodyQuorum;
import dk.protokol.events.ids.BodyId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

public record ChangeQuorumRequest(
        @Schema(description = "Mindste antal fremmødte stemmeberettigede; tom: ingen / quorum; null: none")
        Integer quorum,
        @Schema(description = "Første dag beslutningsdygtigheden gælder / first day of the quorum")
        LocalDate on) {

    ChangeBodyQuorum toCommand(BodyId id) {
        return new ChangeBodyQuorum(id, quorum, on);
    }
}
