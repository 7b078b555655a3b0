package dk.protokol.web.support;

import dk.protokol.events.caller.Caller;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Stands in for infra's {@link Callers} in the page tests: the signed-in test user ({@code @WithMockUser}) with the
 * global roles among its authorities ({@code ROLE_ADMIN}, {@code ROLE_EVALUATOR}), acting as no person unless a test
 * says which ({@link #caller(PersonId)}). Nobody holds a role in a body: the pages read those from the org chart.
 */
public class ContextCallers implements Callers {

    @Override
    public Caller current() {
        return caller(null);
    }

    @Override
    public Set<MemberRole> rolesIn(BodyId body, LocalDate on) {
        return Set.of();
    }

    /** The signed-in test user acting as {@code person} (none: null); {@link Caller#NOBODY} when nobody signed in. */
    public static Caller caller(PersonId person) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || new AuthenticationTrustResolverImpl().isAnonymous(authentication)) {
            return Caller.NOBODY;
        }
        Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (GlobalRole role : GlobalRole.values()) {
                if (("ROLE_" + role.name()).equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return Caller.account(authentication.getName(), person, roles);
    }
}
