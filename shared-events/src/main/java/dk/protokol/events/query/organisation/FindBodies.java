package dk.protokol.events.query.organisation;

import java.time.Instant;
import java.time.LocalDate;

/** The bodies of {@code organisation} (all when null) on {@code on} (today when null), as known at {@code asOf} (now when null). */
public record FindBodies(String organisation, LocalDate on, Instant asOf, boolean includeDissolved) {
}
