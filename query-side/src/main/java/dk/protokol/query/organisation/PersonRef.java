package dk.protokol.query.organisation;

import dk.protokol.events.ids.PersonId;

/** A person named in a view; {@code name} is absent when the person is unknown to the people view. */
public record PersonRef(PersonId personId, String name) {
}
