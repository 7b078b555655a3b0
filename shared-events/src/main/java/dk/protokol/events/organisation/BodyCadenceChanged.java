package dk.protokol.events.organisation;

import dk.protokol.events.ids.BodyId;

import java.time.LocalDate;

import org.axonframework.serialization.Revision;

/** The body meets {@code meetingsPerYear} times a year from {@code on}; null: as needed, no fixed cadence. */
@Revision("1")
public record BodyCadenceChanged(BodyId bodyId, Integer meetingsPerYear, LocalDate on) implements BodyEvent {
}
