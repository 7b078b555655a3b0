package dk.protokol.query.organisation;

import dk.protokol.events.ids.PersonId;

import java.util.Objects;

/** A person as the organisation views show them. Personal data: only the people view holds it. */
public record PersonView(PersonId id, String name, String email, String phone, String organisation) {

    public PersonView {
        Objects.requireNonNull(id, "id");
    }
}
