package dk.protokol.events.organisation;

import dk.protokol.events.ids.PersonId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A person's personal data was erased (GDPR Art. 17, crypto-shredding): their key was deleted in the same
 * transaction, so the name, e-mail and phone sealed in their earlier events can no longer be read; every view shows
 * them as an erased person. Who erased ({@code erasedBy}, the account's username), when ({@code erasedAt}) and why
 * ({@code reason}, the administrator's words); no personal data of the person erased.
 */
@Revision("1")
public record PersonErased(PersonId personId, String reason, String erasedBy, Instant erasedAt)
        implements PersonEvent {
}
