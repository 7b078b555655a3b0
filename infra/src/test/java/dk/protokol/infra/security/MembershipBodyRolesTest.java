package dk.protokol.infra.security;

import dk.protokol.command.body.KnownBody;
import dk.protokol.command.body.OrganisationLookup;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class MembershipBodyRolesTest {

    static final UUID BPS = UUID.randomUUID();
    static final UUID MAYOR = UUID.randomUUID();
    static final UUID SECRETARY = UUID.randomUUID();
    static final LocalDate CHAIR_FROM = LocalDate.of(2026, 1, 1);

    /** The command side's membership lookup in miniature: the mayor chairs BPS from 2026, the secretary always. */
    final OrganisationLookup lookup = new OrganisationLookup() {
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
            if (!body.value().equals(BPS)) {
                return Map.of();
            }
            return Map.of(PersonId.of(MAYOR), on.isBefore(CHAIR_FROM) ? MemberRole.MEMBER : MemberRole.CHAIR,
                    PersonId.of(SECRETARY), MemberRole.SECRETARY);
        }
    };

    final MembershipBodyRoles roles = new MembershipBodyRoles(lookup);

    @Test
    void theChairHoldsTheChairsRightsFromTheDayTheRoleBegins() {
        assertThat(roles.rolesOf(MAYOR, BPS, CHAIR_FROM.minusDays(1))).containsExactly(BodyRoles.MEMBER);
        assertThat(roles.rolesOf(MAYOR, BPS, CHAIR_FROM)).containsExactlyInAnyOrder(BodyRoles.CHAIR, BodyRoles.MEMBER);
    }

    @Test
    void theSecretaryRecordsAndReads() {
        assertThat(roles.rolesOf(SECRETARY, BPS, CHAIR_FROM))
                .containsExactlyInAnyOrder(BodyRoles.SECRETARY, BodyRoles.MEMBER);
    }

    @Test
    void someoneOutsideTheBodyHasNoRoleThere() {
        assertThat(roles.rolesOf(UUID.randomUUID(), BPS, CHAIR_FROM)).isEmpty();
        assertThat(roles.rolesOf(MAYOR, UUID.randomUUID(), CHAIR_FROM)).isEmpty();
    }

    @Test
    void viceChairsSubstitutesAndObserversAreMembersOnly() {
        for (MemberRole role : new MemberRole[]{MemberRole.VICE_CHAIR, MemberRole.MEMBER, MemberRole.SUBSTITUTE,
                MemberRole.OBSERVER}) {
            assertThat(MembershipBodyRoles.rolesFor(role)).as(role.name()).containsExactly(BodyRoles.MEMBER);
        }
    }
}
