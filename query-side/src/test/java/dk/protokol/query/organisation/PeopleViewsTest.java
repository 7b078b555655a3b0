package dk.protokol.query.organisation;

import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.query.organisation.FindPeople;
import dk.protokol.events.query.organisation.FindPerson;
import dk.protokol.query.common.NotFound;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static dk.protokol.query.organisation.BolivVejle.AAGE;
import static dk.protokol.query.organisation.BolivVejle.BORGMESTER;
import static dk.protokol.query.organisation.BolivVejle.BPS;
import static dk.protokol.query.organisation.BolivVejle.CHAIR_CHANGE_RECORDED;
import static dk.protokol.query.organisation.BolivVejle.DIREKTOER;
import static dk.protokol.query.organisation.BolivVejle.FKU;
import static dk.protokol.query.organisation.BolivVejle.SEKRETAER;
import static dk.protokol.query.organisation.BolivVejle.TEMAGRUPPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The people of the administrator's pages ({@code FindPeople}, {@code FindPerson}): the pure answers over a
 * snapshot, and the queries' as-of path (the live path is proven on PostgreSQL, PeopleQueriesOnPostgresTest).
 */
class PeopleViewsTest {

    private final OrganisationSnapshot snapshot = BolivVejle.snapshot();

    @Test
    void everyoneIsListedWithTheirDetailsInDanishOrderSeatedOrNot() {
        assertThat(OrganisationViews.people(snapshot))
                .extracting(PersonView::name, PersonView::email, PersonView::organisation)
                .containsExactly(
                        tuple("Bo Borgmester", "bo@example.org", "Vejle Kommune"),
                        tuple("Dorte Direktør", null, "Vejle Kommune"),
                        tuple("Sif Sekretær", null, "Fællessekretariatet"),
                        tuple("Åge Ågesen", null, "AAB"));
    }

    @Test
    void aPersonShowsTheSeatsOfThatDayInTheBodiesOfThatDay() {
        PersonDetail director = OrganisationViews.person(snapshot, DIREKTOER, LocalDate.of(2022, 3, 1))
                .orElseThrow();

        assertThat(director.name()).isEqualTo("Dorte Direktør");
        assertThat(director.on()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(director.seats())
                .extracting(PersonDetail.BodySeat::bodyId, PersonDetail.BodySeat::bodyName,
                        PersonDetail.BodySeat::role, PersonDetail.BodySeat::roleFrom)
                .containsExactly(
                        tuple(BPS, "Boligpolitisk Styregruppe", MemberRole.CHAIR, LocalDate.of(2022, 3, 1)),
                        tuple(FKU, "Forum for Koordination og Udvikling", MemberRole.CHAIR, BolivVejle.START));
    }

    @Test
    void aSeatEndedOrInADissolvedBodyIsNotShownForALaterDay() {
        assertThat(OrganisationViews.person(snapshot, AAGE, LocalDate.of(2021, 12, 31)).orElseThrow().seats())
                .singleElement().satisfies(seat -> assertThat(seat.to()).isEqualTo(LocalDate.of(2021, 12, 31)));
        assertThat(OrganisationViews.person(snapshot, AAGE, LocalDate.of(2022, 1, 1)).orElseThrow().seats()).isEmpty();
        assertThat(OrganisationViews.person(snapshot, SEKRETAER, LocalDate.of(2022, 12, 31)).orElseThrow().seats())
                .extracting(PersonDetail.BodySeat::bodyId).containsExactly(BPS, TEMAGRUPPE);
        assertThat(OrganisationViews.person(snapshot, SEKRETAER, BolivVejle.TEMAGRUPPE_DISSOLVED).orElseThrow()
                .seats()).extracting(PersonDetail.BodySeat::bodyId).containsExactly(BPS);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertThat(OrganisationViews.person(snapshot, PersonId.random(), LocalDate.of(2022, 1, 1))).isEmpty();
    }

    @Test
    void theQueriesAsOfAnInstantAnswerFromTheHistoryAndDefaultToTheDanishDay() {
        // late evening in Copenhagen is already the next day: the chair handed over on 1 March shows
        Clock clock = Clock.fixed(Instant.parse("2022-02-28T23:30:00Z"), ZoneId.of("Europe/Copenhagen"));
        JdbcTemplate noDatabase = new JdbcTemplate();
        OrganisationQueries queries = new OrganisationQueries(new BodyProjection(noDatabase),
                new PersonProjection(noDatabase), BolivVejle.history(), clock);
        Instant everything = CHAIR_CHANGE_RECORDED.plusSeconds(3600);

        assertThat(queries.handle(new FindPeople(everything))).extracting(PersonView::id)
                .containsExactly(BORGMESTER, DIREKTOER, SEKRETAER, AAGE);
        assertThat(queries.handle(new FindPeople(BolivVejle.recordedAt(1)))).extracting(PersonView::id)
                .containsExactly(BORGMESTER, DIREKTOER);
        assertThat(queries.handle(new FindPerson(BORGMESTER, null, everything)).seats())
                .extracting(PersonDetail.BodySeat::role).containsExactly(MemberRole.MEMBER);
        assertThatThrownBy(() -> queries.handle(new FindPerson(PersonId.random(), null, everything)))
                .isInstanceOf(NotFound.class);
    }
}
