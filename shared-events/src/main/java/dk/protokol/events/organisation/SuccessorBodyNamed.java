package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** {@code successorId} carries on the work of the body ({@code bodyId}) from {@code on}. */
@Revision("1")
public record SuccessorBodyNamed(BodyId bodyId, BodyId successorId, LocalDate on) implements BodyEvent {
}
