package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/**
 * A body was established. {@code organisation} is the partnership it belongs to (BolivVejle, ByLivKolding);
 * {@code parentId}, {@code mandate} (kommissorium), {@code meetingsPerYear} and {@code quorum} may be null.
 * {@code establishedOn} is business time: the first day the body exists.
 */
@Revision("1")
public record BodyEstablished(BodyId bodyId, String name, BodyKind kind, String organisation, BodyId parentId,
                              String mandate, Integer meetingsPerYear, Integer quorum, LocalDate establishedOn)
        implements BodyEvent {
}
