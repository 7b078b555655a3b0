package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import static dk.protokol.events.organisation.MemberRole.CHAIR;
import static dk.protokol.events.organisation.MemberRole.MEMBER;
import static dk.protokol.query.organisation.BolivVejle.AAGE;
import static dk.protokol.query.organisation.BolivVejle.BORGMESTER;
import static dk.protokol.query.organisation.BolivVejle.BPS;
import static dk.protokol.query.organisation.BolivVejle.CHAIR_HANDED_OVER;
import static org.assertj.core.api.Assertions.assertThat;

/** The per-body roles that access checks ask for, read from the live bodies view. */
class RolesOfTest {

    /** The live view, its rows standing in for the table. */
    private final BodyProjection liveBodies = new BodyProjection(new JdbcTemplate()) {
        @Override
        public Optional<BodyView> find(BodyId id) {
            return Optional.ofNullable(BolivVejle.snapshot().bodies().get(id));
        }
    };
    private final OrganisationQueries queries = new OrganisationQueries(liveBodies,
            new PersonProjection(new JdbcTemplate()), BolivVejle.history(), Clock.systemUTC());

    @Test
    void aChairIsChairUntilTheHandOverAndAMemberFromThen() {
        assertThat(queries.rolesOf(BORGMESTER, BPS, CHAIR_HANDED_OVER.minusDays(1))).containsExactly(CHAIR);
        assertThat(queries.rolesOf(BORGMESTER, BPS, CHAIR_HANDED_OVER)).containsExactly(MEMBER);
    }

    @Test
    void someoneWhoLeftOrAnUnknownBodyGivesNoRoles() {
        assertThat(queries.rolesOf(AAGE, BPS, LocalDate.of(2022, 1, 1))).isEmpty();
        assertThat(queries.rolesOf(BORGMESTER, BodyId.random(), LocalDate.of(2022, 1, 1))).isEmpty();
    }
}
