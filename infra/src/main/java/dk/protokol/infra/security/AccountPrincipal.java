package dk.protokol.infra.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in user of a local account: its username, the person it is linked to (if any) and its global
 * roles. Read it with {@link #of(Authentication)}; the person id is what the per-body roles hang on.
 */
public class AccountPrincipal extends User {

    private final UUID accountId;
    private final UUID personId;
    private final Set<GlobalRole> roles;

    public AccountPrincipal(UUID accountId, String username, String passwordHash, UUID personId,
                            Collection<GlobalRole> roles, boolean enabled) {
        super(username, passwordHash, enabled, true, true, true,
                roles.stream().map(GlobalRole::authority).toList());
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

    /** The account behind an authentication, when it is one of ours (not anonymous, not an external login). */
    public static Optional<AccountPrincipal> of(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
                ? Optional.of(principal)
                : Optional.empty();
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
