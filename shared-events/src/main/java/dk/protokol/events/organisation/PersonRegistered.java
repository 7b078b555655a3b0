package dk.protokol.events.organisation;

import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/** A person became known to the minute book. {@code email}, {@code phone} and {@code organisation} may be null. */
@Revision("1")
public record PersonRegistered(PersonId personId, String name, String email, String phone, String organisation)
        implements PersonEvent {
}
