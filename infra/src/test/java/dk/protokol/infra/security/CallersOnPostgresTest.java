package dk.protokol.infra.security;

import dk.protokol.events.caller.Caller;
import dk.protokol.events.caller.CallerAccess;
import dk.protokol.events.caller.Callers;
import dk.protokol.events.caller.GlobalRole;
import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.infra.web.ApiTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one {@link Callers} of the running application, against PostgreSQL: an account stored in the database and
 * loaded as a login acts as its person, with its global roles; that person's roles in a body on a day are the
 * memberships the command side recorded in the same transaction as the organisation's events (no waiting for a
 * view). The access port answers from the same roles.
 */
@ApiTest
class CallersOnPostgresTest {

    @Autowired
    Callers callers;
    @Autowired
    CallerAccess access;
    @Autowired
    CommandGateway commands;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountUserDetailsService logins;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aStoredAccountActsAsItsPersonWithItsRolesInABodyOnEachDay() {
        LocalDate today = LocalDate.now(clock);
        LocalDate appointed = today.minusDays(40);
        LocalDate chairFrom = today.minusDays(10);
        PersonId person = PersonId.random();
        BodyId chaired = BodyId.random();
        BodyId recorded = BodyId.random();
        commands.sendAndWait(new RegisterPerson(person, "Kaller Kallesen", null, null, "Kaldeby Kommune"));
        for (BodyId body : new BodyId[]{chaired, recorded}) {
            commands.sendAndWait(new EstablishBody(body, "Kalders Udvalg " + body, BodyKind.WORKING_GROUP,
                    "Kaldeby Kommune", null, null, null, null, appointed.minusDays(10)));
            commands.sendAndWait(new AppointMember(body, person, MemberRole.SECRETARY, null, appointed));
        }
        commands.sendAndWait(new ChangeMemberRole(chaired, person, MemberRole.CHAIR, chairFrom));
        String username = "kalder-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(username, "kalder-kodeord-1", person.value(), Set.of(GlobalRole.EVALUATOR), "test");

        signIn(username);

        assertThat(callers.current()).isEqualTo(Caller.account(username, person, Set.of(GlobalRole.EVALUATOR)));
        assertThat(callers.rolesIn(chaired, appointed.minusDays(1))).isEmpty();
        assertThat(callers.rolesIn(chaired, appointed)).containsExactly(MemberRole.SECRETARY);
        assertThat(callers.rolesIn(chaired, chairFrom.minusDays(1))).containsExactly(MemberRole.SECRETARY);
        assertThat(callers.rolesIn(chaired, chairFrom)).containsExactly(MemberRole.CHAIR);
        assertThat(callers.rolesIn(recorded, today)).containsExactly(MemberRole.SECRETARY);
        assertThat(callers.rolesIn(BodyId.random(), today)).isEmpty();
        // the access port asks about today, from the same roles
        assertThat(access.canRecordFor(recorded)).isTrue();
        assertThat(access.canRecordFor(chaired)).isFalse();
    }

    @Test
    void anAccountWithoutAPersonHoldsNoRoleInAnyBody() {
        String username = "uden-person-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.open(username, "uden-person-kodeord", null, Set.of(GlobalRole.ADMIN), "test");

        signIn(username);

        assertThat(callers.current()).isEqualTo(Caller.account(username, null, Set.of(GlobalRole.ADMIN)));
        assertThat(callers.rolesIn(BodyId.random(), LocalDate.now(clock))).isEmpty();
    }

    @Test
    void nobodySignedInIsNobody() {
        assertThat(callers.current()).isEqualTo(Caller.NOBODY);
    }

    /** As the login does: the account loaded from the database becomes the principal. */
    private void signIn(String username) {
        UserDetails account = logins.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
    }
}
