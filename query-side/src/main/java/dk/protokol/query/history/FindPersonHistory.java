package dk.protokol.query.history;

import dk.protokol.events.ids.PersonId;

import java.time.Instant;

/** Everything recorded about one person's registration, as known at {@code asOf} (now when null). */
public record FindPersonHistory(PersonId personId, Instant asOf) {
}
