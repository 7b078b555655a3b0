package dk.protokol.infra.security;

import dk.protokol.query.common.CallerPerson;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;

/** The read side's {@link CallerPerson}: the person a local account is linked to. */
@Component
class AccountCallerPerson implements CallerPerson {

    @Override
    public Optional<UUID> personId(Authentication authentication) {
        return AccountPrincipal.of(authentication).flatMap(AccountPrincipal::personId);
    }
}
