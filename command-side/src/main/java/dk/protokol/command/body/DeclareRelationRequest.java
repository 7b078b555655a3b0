package dk.protokol.command.body;

import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;

import java.util.UUID;

public record DeclareRelationRequest(
        UUID targetBodyId,
        RelationKind relation) {

    DeclareBodyRelation toCommand(BodyId id) {
        return new DeclareBodyRelation(id, BodyId.ofNullable(targetBodyId), relation);
    }
}
