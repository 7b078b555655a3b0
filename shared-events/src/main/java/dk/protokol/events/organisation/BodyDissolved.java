package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The body was dissolved (nedlagt); {@code on} is its first day of no longer existing. */
@Revision("1")
public record BodyDissolved(BodyId bodyId, LocalDate on, String reason) implements BodyEvent {
}
