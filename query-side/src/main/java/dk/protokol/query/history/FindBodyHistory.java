package dk.protokol.query.history;

import dk.protokol.events.ids.BodyId;

import java.time.Instant;

/** Everything recorded about one body (members, relations, dissolution), as known at {@code asOf} (now when null). */
public record FindBodyHistory(BodyId bodyId, Instant asOf) {
}
