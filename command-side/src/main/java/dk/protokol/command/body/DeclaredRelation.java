package dk.protokol.command.body;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.RelationKind;

/** A relation this body declared to another body. */
record DeclaredRelation(BodyId targetBodyId, RelationKind relation) {
}
