package dk.protokol.events.caller;

import dk.protokol.events.ids.PersonId;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A local account as the administrator sees it: never its password (not even its hash).
 *
 * @param personId  the person the account acts as; null for none
 * @param roles     its global roles (the roles in a body follow from the person's memberships)
 * @param enabled   false once disabled: it signs in no more
 * @param createdBy the username of whoever opened it
 */
public record Account(UUID id, String username, PersonId personId, Set<GlobalRole> roles, boolean enabled,
                      Instant createdAt, String createdBy) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
}
