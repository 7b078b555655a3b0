package dk.protokol.events.query.actions;

import dk.protokol.events.ids.ActionId;

import java.time.Instant;

/** One action with its origin and history, as known at {@code asOf} (now when null). */
public record FindAction(ActionId actionId, Instant asOf) {
}
