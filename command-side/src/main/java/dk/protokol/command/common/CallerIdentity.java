package dk.protokol.command.common;

import dk.protokol.events.ids.PersonId;
import org.springframework.security.core.Authentication;

import java.util.Optional;

/**
 * Port to the accounts: the person a signed-in caller acts as, for commands that record who did something in
 * the domain itself (the chair who approved the minutes), not only in the metadata. Implemented in infra.
 */
@FunctionalInterface
public interface CallerIdentity {

    /** The person the caller's account is linked to; empty for an account without a person. */
    Optional<PersonId> personOf(Authentication authentication);
}
