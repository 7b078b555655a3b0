package dk.protokol.events.query.organisation;

import java.time.Instant;

/** Everyone registered, with their details, as known at {@code asOf} (now when null); in Danish order of names. */
public record FindPeople(Instant asOf) {
}
