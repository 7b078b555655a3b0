package dk.protokol.infra.security;

import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.caller.Caller;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The one implementation of {@link Callers}: who the caller is, from the login in Spring Security's context. The
 * account and its person come from the principal ({@link AccountPrincipal#of}: a local login or an OpenID Connect
 * login bound to an account); the global roles from the authentication's authorities ({@code ROLE_ADMIN},
 * {@code ROLE_EVALUATOR}, whatever the principal); the roles in a body from the command side's membership lookup,
 * which is written in the same transaction as the organisation's events, so a secretary appointed a moment ago may
 * record at once and a chair whose term ended yesterday no longer approves. The same lookup is what the Meeting
 * aggregate checks its rules against (the approver chairs the body on the day).
 * <p>
 * {@link AccessPolicy}, the audit metadata ({@link CommandMetadataInterceptor}) and the ports ask it about an
 * authentication of their own with {@link #of(Authentication)}; nobody else reads the principal. Without a
 * membership lookup nobody holds a role in any body, so every per-body check refuses.
 */
@Component
class AccountCallers implements Callers {

    static final String ROLE_PREFIX = "ROLE_";

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final ObjectProvider<OrganisationLookup> memberships;

    AccountCallers(ObjectProvider<OrganisationLookup> memberships) {
        this.memberships = memberships;
    }

    @Override
    public Caller current() {
        return of(currentAuthentication());
    }

    @Override
    public Set<MemberRole> rolesIn(BodyId body, LocalDate on) {
        return rolesOf(current(), body, on);
    }

    /** The roles of the caller's person in the body on the day; none for nobody or an account without a person. */
    Set<MemberRole> rolesOf(Caller caller, BodyId body, LocalDate on) {
        OrganisationLookup lookup = body == null || on == null || !caller.linked() ? null : memberships.getIfUnique();
        if (lookup == null) {
            return Set.of();
        }
        return lookup.roleOn(body, caller.personId(), on).map(Set::of).orElse(Set.of());
    }

    /**
     * Whether the caller's person sits (in any role) in a body that serves {@code body} (SERVES): a secretariat's
     * people record for the bodies it serves (issue 10).
     */
    boolean servesThrough(Caller caller, BodyId body, LocalDate on) {
        OrganisationLookup lookup = body == null || on == null || !caller.linked() ? null : memberships.getIfUnique();
        if (lookup == null) {
            return false;
        }
        return lookup.servedBy(body).stream().anyMatch(server -> lookup.roleOn(server, caller.personId(), on).isPresent());
    }

    /** The bodies the caller's person sits in on the day and those these serve; none for an account without one. */
    Set<BodyId> bodiesReadBy(Caller caller, LocalDate on) {
        OrganisationLookup lookup = on == null || !caller.linked() ? null : memberships.getIfUnique();
        return lookup == null ? Set.of() : lookup.bodiesReadBy(caller.personId(), on);
    }

    /** The caller an authentication stands for; {@link Caller#NOBODY} when missing, anonymous or not authenticated. */
    static Caller of(Authentication authentication) {
        if (!isSignedIn(authentication)) {
            return Caller.NOBODY;
        }
        PersonId person = AccountPrincipal.of(authentication).flatMap(AccountPrincipal::personId).map(PersonId::of)
                .orElse(null);
        return Caller.account(authentication.getName(), person, globalRoles(authentication.getAuthorities()));
    }

    /** The authentication of the request this thread serves (method security is given the same one). */
    static Authentication currentAuthentication() {
        return SecurityContextHolder.getContext().getAuthentication();
    }

    private static Set<GlobalRole> globalRoles(Collection<? extends GrantedAuthority> authorities) {
        Set<GlobalRole> roles = EnumSet.noneOf(GlobalRole.class);
        for (GlobalRole role : GlobalRole.values()) {
            String authority = ROLE_PREFIX + role.name();
            if (authorities.stream().anyMatch(granted -> authority.equals(granted.getAuthority()))) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static boolean isSignedIn(Authentication authentication) {
        return authentication != null && authentication.isAuthenticated() && !TRUST.isAnonymous(authentication);
    }
}
