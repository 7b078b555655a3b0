package dk.protokol.query.common;

import org.springframework.security.core.Authentication;

import java.util.Optional;
import java.util.UUID;

/**
 * Port: the person the signed-in caller acts as, read from whatever principal the login produced (a local
 * account, later an OpenID Connect token). infra implements it; the read side only asks. Empty for an
 * account that is not linked to a person, and for anyone not signed in.
 */
public interface CallerPerson {

    Optional<UUID> personId(Authentication authentication);
}
