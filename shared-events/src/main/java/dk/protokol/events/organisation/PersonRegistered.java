package dk.protokol.events.organisation;

import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

/**
 * A person became known to the minute book. {@code email}, {@code phone} and {@code organisation} may be null.
 * <p>Revision 2: {@code name}, {@code email} and {@code phone} are personal data sealed under the person's key
 * ({@code pd1:...}, see {@link dk.protokol.events.personal.PersonalData}); read them through that port only.
 * {@code organisation} is not personal data and stays plain. Revision 1 held the three in plaintext;
 * {@link PersonDataUpcaster} reads it as revision 2 with plaintext values until the store's migration seals them.
 */
@Revision("2")
public record PersonRegistered(PersonId personId, String name, String email, String phone, String organisation)
        implements PersonEvent {
}
