package dk.protokol.command.body;

import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

public record DeclareRelationRequest(
        UUID targetBodyId,
        RelationKind relation,
        @Schema(description = "Første dag relationen gælder; udeladt: fra organets oprettelse. En ophørt relation"
                + " erklæres igen fra dagen den ophørte eller senere / first day the relation holds; left out: from"
                + " the body's establishment. An ended relation is declared again from the day it ended or later")
        LocalDate from) {

    DeclareBodyRelation toCommand(BodyId id) {
        return new DeclareBodyRelation(id, BodyId.ofNullable(targetBodyId), relation, from);
    }
}
