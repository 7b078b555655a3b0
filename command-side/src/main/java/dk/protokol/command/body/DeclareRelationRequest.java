package dk.protokol.command.body;

import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;
import jakarta.validation.constraints.NotNull;

import java.util.UUID;

public record DeclareRelationRequest(
        @NotNull(message = "Vælg det organ, relationen går til.")
        UUID targetBodyId,
        @NotNull(message = "Vælg relationens art.")
        RelationKind relation) {

    DeclareBodyRelation toCommand(BodyId id) {
        return new DeclareBodyRelation(id, BodyId.of(targetBodyId), relation);
    }
}
