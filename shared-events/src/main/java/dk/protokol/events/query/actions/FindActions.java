package dk.protokol.events.query.actions;

import java.time.Instant;

/** The action list filtered by {@code filter} on its day (today when null), as known at {@code asOf} (now when null). */
public record FindActions(ActionFilter filter, Instant asOf) {
}
