package dk.protokol.events.caller;

import dk.protokol.events.ids.PersonId;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as far as the account says: its username, the person it acts as (when it is linked to one) and
 * its global roles. The roles in a body depend on the day and are asked of {@link Callers#rolesIn}.
 *
 * @param username the account's username (also an OpenID Connect login's: the account it is bound to); null for
 *                 {@link #NOBODY}
 * @param personId the person the account acts as; null for an account without a person
 * @param roles    the account's global roles
 */
public record Caller(String username, PersonId personId, Set<GlobalRole> roles) {

    /** Nobody is signed in (an anonymous request, or no request at all). */
    public static final Caller NOBODY = new Caller(null, null, Set.of());

    public Caller {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        if (username == null && (personId != null || !roles.isEmpty())) {
            throw new IllegalArgumentException("Nobody signed in acts as no person and holds no role");
        }
    }

    /** A signed-in account. */
    public static Caller account(String username, PersonId personId, Set<GlobalRole> roles) {
        return new Caller(Objects.requireNonNull(username, "username"), personId, roles);
    }

    public boolean signedIn() {
        return username != null;
    }

    /** The person the account acts as; empty for nobody and for an account without a person. */
    public Optional<PersonId> person() {
        return Optional.ofNullable(personId);
    }

    /** The account acts as a person (it can own actions, sit in bodies). */
    public boolean linked() {
        return personId != null;
    }

    public boolean has(GlobalRole role) {
        return roles.contains(role);
    }
}
