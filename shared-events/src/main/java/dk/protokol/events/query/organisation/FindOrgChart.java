package dk.protokol.events.query.organisation;

import java.time.Instant;
import java.time.LocalDate;

/** The org chart of {@code organisation} (all when null) on {@code on} (today when null), as known at {@code asOf}. */
public record FindOrgChart(String organisation, LocalDate on, Instant asOf) {
}
