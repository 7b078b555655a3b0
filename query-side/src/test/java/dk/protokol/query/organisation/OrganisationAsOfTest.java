package dk.protokol.query.organisation;

import dk.protokol.events.query.organisation.FindBodies;
import dk.protokol.events.query.organisation.FindBody;
import dk.protokol.events.query.organisation.FindOrgChart;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.query.common.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static dk.protokol.query.organisation.BolivVejle.BORGMESTER;
import static dk.protokol.query.organisation.BolivVejle.BPS;
import static dk.protokol.query.organisation.BolivVejle.CHAIR_CHANGE_RECORDED;
import static dk.protokol.query.organisation.BolivVejle.DIREKTOER;
import static dk.protokol.query.organisation.BolivVejle.FKU;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code asOf}: the organisation as the system knew it at an instant, replayed from the history. The
 * live views have no database here, so any answer given proves the as-of path never reads them.
 */
class OrganisationAsOfTest {

    /** Late evening in Copenhagen is already the next day; {@code on} defaults to the Danish date. */
    private final Clock clock = Clock.fixed(Instant.parse("2024-05-31T22:30:00Z"), ZoneId.of("Europe/Copenhagen"));
    private final JdbcTemplate noDatabase = new JdbcTemplate();
    private final OrganisationQueries queries = new OrganisationQueries(new BodyProjection(noDatabase),
            new PersonProjection(noDatabase), BolivVejle.history(), clock);

    @Test
    void asOfBeforeTheChairChangeWasRecordedShowsTheOldChairEvenForALaterDate() {
        BodyDetail bps = queries.handle(new FindBody(BPS, LocalDate.of(2024, 1, 1),
                CHAIR_CHANGE_RECORDED.minusSeconds(1)));

        assertThat(bps.chair()).isEqualTo(new PersonRef(BORGMESTER, "Bo Borgmester"));
    }

    @Test
    void asOfAfterTheChairChangeWasRecordedShowsTheNewChair() {
        BodyDetail bps = queries.handle(new FindBody(BPS, LocalDate.of(2024, 1, 1),
                CHAIR_CHANGE_RECORDED.plus(Duration.ofHours(1))));

        assertThat(bps.chair()).isEqualTo(new PersonRef(DIREKTOER, "Dorte Direktør"));
    }

    @Test
    void asOfIncludesAnEventRecordedAtThatVeryInstant() {
        BodyDetail halfway = queries.handle(new FindBody(BPS, LocalDate.of(2024, 1, 1), CHAIR_CHANGE_RECORDED));

        // the mayor's step down is recorded at that instant, the director's step up an hour later
        assertThat(halfway.chair()).isNull();
        assertThat(halfway.members()).filteredOn(member -> member.personId().equals(BORGMESTER)).singleElement()
                .satisfies(member -> assertThat(member.role()).isEqualTo(MemberRole.MEMBER));
    }

    @Test
    void onDefaultsToTodayInCopenhagen() {
        BodyDetail bps = queries.handle(new FindBody(BPS, null, Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(bps.on()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void aBodyNotYetRecordedAtThatInstantIsNotFound() {
        assertThatThrownBy(() -> queries.handle(new FindBody(FKU, null, BolivVejle.FIRST_RECORDED)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void theListAndTheOrgChartAreReplayedToo() {
        Instant beforeChange = CHAIR_CHANGE_RECORDED.minusSeconds(1);

        assertThat(queries.handle(new FindBodies("BolivVejle", LocalDate.of(2024, 1, 1), beforeChange, false)))
                .filteredOn(summary -> summary.id().equals(BPS)).singleElement()
                .satisfies(summary -> assertThat(summary.chair().personId()).isEqualTo(BORGMESTER));
        OrgChart chart = queries.handle(new FindOrgChart("BolivVejle", LocalDate.of(2024, 1, 1), beforeChange));
        assertThat(chart.asOf()).isEqualTo(beforeChange);
        assertThat(chart.organisations().get(0).bodies().get(0).chair().personId()).isEqualTo(BORGMESTER);
    }
}
