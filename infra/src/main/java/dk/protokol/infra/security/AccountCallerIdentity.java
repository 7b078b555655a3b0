package dk.protokol.infra.security;

import dk.protokol.command.common.CallerIdentity;
import dk.protokol.events.ids.PersonId;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The command side's {@link CallerIdentity}: the person a local account is linked to. */
@Component
class AccountCallerIdentity implements CallerIdentity {

    @Override
    public Optional<PersonId> personOf(Authentication authentication) {
        return AccountPrincipal.of(authentication).flatMap(AccountPrincipal::personId).map(PersonId::of);
    }
}
