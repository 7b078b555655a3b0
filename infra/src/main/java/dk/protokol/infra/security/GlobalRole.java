package dk.protokol.infra.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Roles that hold across all bodies (DESIGN.md "Security"). The roles per body (SECRETARY, CHAIR, MEMBER)
 * are not granted to an account: they follow from the linked person's memberships, see {@link BodyRoles}.
 */
public enum GlobalRole {

    /** Organisation and users. */
    ADMIN,
    /** Reads everything, audit, export. */
    EVALUATOR;

    /** The Spring Security authority, so that {@code hasRole('ADMIN')} works as well. */
    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
