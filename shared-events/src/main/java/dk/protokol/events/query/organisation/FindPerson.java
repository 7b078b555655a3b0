package dk.protokol.events.query.organisation;

import dk.protokol.events.ids.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One person with their details and their seats in bodies on {@code on} (today when null), as known at {@code asOf}. */
public record FindPerson(PersonId personId, LocalDate on, Instant asOf) {

    public FindPerson {
        Objects.requireNonNull(personId, "personId");
    }
}
