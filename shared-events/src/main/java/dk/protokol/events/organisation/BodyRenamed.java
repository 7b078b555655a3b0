package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The body is called {@code name} from {@code on} (business time: the first day of the new name). */
@Revision("1")
public record BodyRenamed(BodyId bodyId, String name, LocalDate on) implements BodyEvent {
}
