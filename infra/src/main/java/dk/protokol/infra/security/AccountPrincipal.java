package dk.protokol.infra.security;

import dk.protokol.events.caller.GlobalRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user of a local account: its username, the person it is linked to (if any) and its global
 * roles. Read it with {@link #of(Authentication)}, also for a login with OpenID Connect; the person id is what
 * the per-body roles hang on.
 */
public class AccountPrincipal extends User {

    private final UUID accountId;
    private final UUID personId;
    private final Set<GlobalRole> roles;

    public AccountPrincipal(UUID accountId, String username, String passwordHash, UUID personId,
                            Collection<GlobalRole> roles, boolean enabled) {
        super(username, passwordHash, enabled, true, true, true,
                roles.stream().map(AccountPrincipal::authorityOf).toList());
        this.accountId = accountId;
        this.personId = personId;
        this.roles = Set.copyOf(roles);
    }

    public UUID accountId() {
        return accountId;
    }

    /** The person this account acts as, when it is linked to one. */
    public Optional<UUID> personId() {
        return Optional.ofNullable(personId);
    }

    public Set<GlobalRole> roles() {
        return roles;
    }

    /** The Spring Security authority of a global role ({@code ROLE_ADMIN}), so that {@code hasRole('ADMIN')} works. */
    public static GrantedAuthority authorityOf(GlobalRole role) {
        return new SimpleGrantedAuthority(AccountCallers.ROLE_PREFIX + role.name());
    }

    /**
     * The account behind an authentication: a local login's, or the account an OpenID Connect login acts as
     * ({@link OidcAccountPrincipal}). Empty when anonymous, or for a principal that is no account of ours.
     */
    public static Optional<AccountPrincipal> of(Authentication authentication) {
        Object principal = authentication == null ? null : authentication.getPrincipal();
        if (principal instanceof AccountPrincipal account) {
            return Optional.of(account);
        }
        if (principal instanceof OidcAccountPrincipal external) {
            return Optional.of(external.account());
        }
        return Optional.empty();
    }

    // User's equals/hashCode compare the username only, which is what session registries expect.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
