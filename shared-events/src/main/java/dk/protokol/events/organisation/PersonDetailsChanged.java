package dk.protokol.events.organisation;

import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/** A person's details were changed; the event carries the complete new details. */
@Revision("1")
public record PersonDetailsChanged(PersonId personId, String name, String email, String phone, String organisation)
        implements PersonEvent {
}
