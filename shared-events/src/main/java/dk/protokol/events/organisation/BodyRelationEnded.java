package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The body ({@code bodyId}) no longer stands in {@code relation} to {@code targetBodyId}; {@code on} is the first
 * day the relation no longer holds (like a dissolution's date).
 */
@Revision("1")
public record BodyRelationEnded(BodyId bodyId, BodyId targetBodyId, RelationKind relation, LocalDate on)
        implements BodyEvent {
}
