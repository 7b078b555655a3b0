package dk.protokol.events.query.organisation;

import dk.protokol.events.ids.BodyId;

import java.time.Instant;
import java.time.LocalDate;

/** One body with its members on {@code on} (today when null), as known at {@code asOf} (now when null). */
public record FindBody(BodyId bodyId, LocalDate on, Instant asOf) {
}
