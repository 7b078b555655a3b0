package dk.protokol.command.body;

import dk.protokol.events.command.body.EndBodyRelation;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.ids.BodyId;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record EndRelationRequest(
        UUID targetBodyId,
        RelationKind relation,
        @Schema(description = "Første dag relationen ikke længere gælder / first day the relation no longer holds")
        LocalDate on) {

    EndBodyRelation toCommand(BodyId id) {
        return new EndBodyRelation(id, BodyId.ofNullable(targetBodyId), relation, on);
    }
}
