package dk.protokol.events.query.actions;

import dk.protokol.events.ids.BodyId;

import java.time.Instant;
import java.time.LocalDate;

/** The chair's overview of a body's actions on {@code on} (today when null), as known at {@code asOf} (now when null). */
public record FindActionOverview(BodyId bodyId, LocalDate on, Instant asOf) {
}
