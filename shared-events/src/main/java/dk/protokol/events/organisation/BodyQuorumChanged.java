package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * The body is quorate (beslutningsdygtig) with {@code quorum} voting members present from {@code on}; null: no
 * quorum from then.
 */
@Revision("1")
public record BodyQuorumChanged(BodyId bodyId, Integer quorum, LocalDate on) implements BodyEvent {
}
