package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;
import org.axonframework.serialization.Revision;

/** The body ({@code bodyId}) now stands in {@code relation} to {@code targetBodyId}. */
@Revision("1")
public record BodyRelationDeclared(BodyId bodyId, BodyId targetBodyId, RelationKind relation) implements BodyEvent {
}
