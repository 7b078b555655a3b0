package dk.protokol.infra.security;

import dk.protokol.command.body.KnownBody;
import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.caller.Caller;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who the caller is, from the login in the security context and the command side's memberships. */
class AccountCallersTest {

    static final BodyId BPS = BodyId.random();
    static final PersonId MAYOR = PersonId.random();
    static final PersonId SECRETARY = PersonId.random();
    static final LocalDate CHAIR_FROM = LocalDate.of(2026, 1, 1);

    /** The command side's membership lookup in miniature: the mayor chairs BPS from 2026, the secretary always. */
    static final OrganisationLookup MEMBERSHIPS = new OrganisationLookup() {
        @Override
        public Optional<KnownBody> body(BodyId id) {
            return Optional.empty();
        }

        @Override
        public boolean personExists(PersonId id) {
            return true;
        }

        @Override
        public Set<BodyId> reportsTo(BodyId body) {
            return Set.of();
        }

        @Override
        public Map<PersonId, MemberRole> membersOn(BodyId body, LocalDate on) {
            if (!body.equals(BPS)) {
                return Map.of();
            }
            return Map.of(MAYOR, on.isBefore(CHAIR_FROM) ? MemberRole.MEMBER : MemberRole.CHAIR,
                    SECRETARY, MemberRole.SECRETARY);
        }
    };

    final AccountCallers callers = callers(MEMBERSHIPS);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLocalLoginIsItsAccountActingAsItsPersonWithItsGlobalRoles() {
        signIn(account("sekretaer", SECRETARY, GlobalRole.EVALUATOR));

        assertThat(callers.current())
                .isEqualTo(Caller.account("sekretaer", SECRETARY, Set.of(GlobalRole.EVALUATOR)));
    }

    @Test
    void anAccountWithoutAPersonHasOnlyItsGlobalRolesAndNoRoleInAnyBody() {
        signIn(account("admin", null, GlobalRole.ADMIN));

        assertThat(callers.current()).isEqualTo(Caller.account("admin", null, Set.of(GlobalRole.ADMIN)));
        assertThat(callers.rolesIn(BPS, CHAIR_FROM)).isEmpty();
    }

    @Test
    void anonymousAndUnauthenticatedCallersAreNobody() {
        assertThat(callers.current()).isEqualTo(Caller.NOBODY);
        signIn(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThat(callers.current()).isEqualTo(Caller.NOBODY);
        signIn(UsernamePasswordAuthenticationToken.unauthenticated("sekretaer", "secret"));
        assertThat(callers.current()).isEqualTo(Caller.NOBODY);
        assertThat(callers.rolesIn(BPS, CHAIR_FROM)).isEmpty();
    }

    @Test
    void aPrincipalThatIsNoAccountKeepsItsNameAndGlobalRolesButActsAsNoPerson() {
        // a bearer token, say: its authorities are what the login granted
        signIn(new TestingAuthenticationToken("integration", null, "ROLE_EVALUATOR", "SCOPE_read"));

        assertThat(callers.current())
                .isEqualTo(Caller.account("integration", null, Set.of(GlobalRole.EVALUATOR)));
    }

    @Test
    void theRolesInABodyAreThePersonsMembershipOnTheDay() {
        signIn(account("borgmester", MAYOR));
        assertThat(callers.rolesIn(BPS, CHAIR_FROM.minusDays(1))).containsExactly(MemberRole.MEMBER);
        assertThat(callers.rolesIn(BPS, CHAIR_FROM)).containsExactly(MemberRole.CHAIR);

        signIn(account("sekretaer", SECRETARY));
        assertThat(callers.rolesIn(BPS, CHAIR_FROM)).containsExactly(MemberRole.SECRETARY);
    }

    @Test
    void someoneOutsideTheBodyHasNoRoleThere() {
        signIn(account("udenfor", PersonId.random()));
        assertThat(callers.rolesIn(BPS, CHAIR_FROM)).isEmpty();

        signIn(account("borgmester", MAYOR));
        assertThat(callers.rolesIn(BodyId.random(), CHAIR_FROM)).isEmpty();
        assertThat(callers.rolesIn(null, CHAIR_FROM)).isEmpty();
    }

    @Test
    void withoutAMembershipLookupNobodyHoldsARoleInAnyBody() {
        signIn(account("sekretaer", SECRETARY));
        AccountCallers withoutLookup = new AccountCallers(
                new DefaultListableBeanFactory().getBeanProvider(OrganisationLookup.class));

        assertThat(withoutLookup.current().person()).contains(SECRETARY);
        assertThat(withoutLookup.rolesIn(BPS, CHAIR_FROM)).isEmpty();
    }

    static AccountCallers callers(OrganisationLookup memberships) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("organisationLookup", memberships);
        return new AccountCallers(beans.getBeanProvider(OrganisationLookup.class));
    }

    private static Authentication account(String username, PersonId person, GlobalRole... roles) {
        AccountPrincipal principal = new AccountPrincipal(UUID.randomUUID(), username, "{noop}x",
                person == null ? null : person.value(), List.of(roles), true);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private static void signIn(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
