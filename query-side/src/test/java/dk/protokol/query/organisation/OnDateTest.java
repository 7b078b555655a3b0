package dk.protokol.query.organisation;

import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dk.protokol.events.organisation.MemberRole.CHAIR;
import static dk.protokol.events.organisation.MemberRole.MEMBER;
import static dk.protokol.events.organisation.MemberRole.SECRETARY;
import static dk.protokol.query.organisation.BodyFoldTest.BPS;
import static dk.protokol.query.organisation.BodyFoldTest.BPS_ESTABLISHED;
import static dk.protokol.query.organisation.BodyFoldTest.DIRECTOR;
import static dk.protokol.query.organisation.BodyFoldTest.MAYOR;
import static dk.protokol.query.organisation.BodyFoldTest.fold;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OnDateTest {

    /** The mayor chairs until the director takes over on 1 March 2022; the mayor stays as a member. */
    private final BodyView chairHandedOver = fold(BPS_ESTABLISHED,
            new MemberAppointed(BPS, MAYOR, CHAIR, null, LocalDate.of(2020, 1, 1)),
            new MemberAppointed(BPS, DIRECTOR, MEMBER, null, LocalDate.of(2020, 1, 1)),
            new MemberRoleChanged(BPS, MAYOR, MEMBER, LocalDate.of(2022, 3, 1)),
            new MemberRoleChanged(BPS, DIRECTOR, CHAIR, LocalDate.of(2022, 3, 1)));

    @Test
    void beforeAChairChangeTheOldChairPresides() {
        assertThat(OnDate.chair(chairHandedOver, LocalDate.of(2022, 2, 28)))
                .hasValueSatisfying(chair -> assertThat(chair.personId()).isEqualTo(MAYOR));
    }

    @Test
    void fromTheDayOfAChairChangeTheNewChairPresides() {
        assertThat(OnDate.chair(chairHandedOver, LocalDate.of(2022, 3, 1)))
                .hasValueSatisfying(chair -> assertThat(chair.personId()).isEqualTo(DIRECTOR));
        assertThat(OnDate.seats(chairHandedOver, LocalDate.of(2022, 3, 1)))
                .extracting(Seat::personId, Seat::role, Seat::roleFrom)
                .containsExactly(
                        tuple(DIRECTOR, CHAIR, LocalDate.of(2022, 3, 1)),
                        tuple(MAYOR, MEMBER, LocalDate.of(2022, 3, 1)));
    }

    @Test
    void aMemberSitsOnTheLastDayOfTheMembershipAndNotTheDayAfter() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, MAYOR, SECRETARY, null, LocalDate.of(2020, 1, 1)),
                new MembershipEnded(BPS, MAYOR, LocalDate.of(2021, 6, 30), null));

        assertThat(OnDate.seats(body, LocalDate.of(2021, 6, 30))).extracting(Seat::personId).containsExactly(MAYOR);
        assertThat(OnDate.seats(body, LocalDate.of(2021, 7, 1))).isEmpty();
    }

    @Test
    void aMemberSitsFromTheDayOfAppointmentNotBefore() {
        BodyView body = fold(BPS_ESTABLISHED, new MemberAppointed(BPS, MAYOR, CHAIR, null, LocalDate.of(2020, 5, 1)));

        assertThat(OnDate.seats(body, LocalDate.of(2020, 4, 30))).isEmpty();
        assertThat(OnDate.chair(body, LocalDate.of(2020, 5, 1))).isPresent();
    }

    @Test
    void aBodyExistsFromItsEstablishmentUntilTheDayBeforeItIsDissolved() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, MAYOR, CHAIR, null, LocalDate.of(2020, 1, 1)),
                new BodyDissolved(BPS, LocalDate.of(2024, 1, 1), "nedlagt"));

        assertThat(OnDate.exists(body, LocalDate.of(2019, 12, 31))).isFalse();
        assertThat(OnDate.exists(body, LocalDate.of(2020, 1, 1))).isTrue();
        assertThat(OnDate.exists(body, LocalDate.of(2023, 12, 31))).isTrue();
        assertThat(OnDate.exists(body, LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void nobodySitsInADissolvedBody() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, MAYOR, CHAIR, null, LocalDate.of(2020, 1, 1)),
                new BodyDissolved(BPS, LocalDate.of(2024, 1, 1), "nedlagt"));

        assertThat(OnDate.chair(body, LocalDate.of(2023, 12, 31))).isPresent();
        assertThat(OnDate.seats(body, LocalDate.of(2024, 1, 1))).isEmpty();
        assertThat(OnDate.chair(body, LocalDate.of(2024, 1, 1))).isEmpty();
    }
}
