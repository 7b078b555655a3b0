package dk.protokol.events.caller;

import dk.protokol.events.ids.PersonId;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallerTest {

    @Test
    void nobodyIsNotSignedInActsAsNoPersonAndHoldsNoRole() {
        assertThat(Caller.NOBODY.signedIn()).isFalse();
        assertThat(Caller.NOBODY.person()).isEmpty();
        assertThat(Caller.NOBODY.linked()).isFalse();
        assertThat(Caller.NOBODY.has(GlobalRole.ADMIN)).isFalse();
    }

    @Test
    void anAccountWithAPersonActsAsThatPerson() {
        PersonId sara = PersonId.random();
        Caller caller = Caller.account("sara", sara, Set.of());

        assertThat(caller.signedIn()).isTrue();
        assertThat(caller.linked()).isTrue();
        assertThat(caller.person()).contains(sara);
        assertThat(caller.roles()).isEmpty();
    }

    @Test
    void anAccountWithoutAPersonHoldsOnlyItsGlobalRoles() {
        Caller caller = Caller.account("admin", null, Set.of(GlobalRole.ADMIN));

        assertThat(caller.person()).isEmpty();
        assertThat(caller.has(GlobalRole.ADMIN)).isTrue();
        assertThat(caller.has(GlobalRole.EVALUATOR)).isFalse();
    }

    @Test
    void theRolesAreACopy() {
        Set<GlobalRole> roles = new HashSet<>(Set.of(GlobalRole.EVALUATOR));
        Caller caller = Caller.account("evaluator", null, roles);
        roles.add(GlobalRole.ADMIN);

        assertThat(caller.roles()).containsExactly(GlobalRole.EVALUATOR);
        assertThat(Caller.account("x", null, null).roles()).isEmpty();
    }

    @Test
    void nobodyCannotActAsAPersonOrHoldARole() {
        assertThatThrownBy(() -> new Caller(null, PersonId.random(), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Caller(null, null, Set.of(GlobalRole.ADMIN)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Caller.account(null, null, Set.of())).isInstanceOf(NullPointerException.class);
    }
}
