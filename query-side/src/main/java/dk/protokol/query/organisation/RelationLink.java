package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;

/** An outgoing relation of a body, with the target's name for display. */
public record RelationLink(RelationKind relation, BodyId targetId, String targetName) {
}
