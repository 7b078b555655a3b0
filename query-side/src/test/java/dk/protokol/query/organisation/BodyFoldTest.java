package dk.protokol.query.organisation;

import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.BodyRelationDeclared;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import dk.protokol.events.organisation.RelationKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dk.protokol.events.organisation.MemberRole.CHAIR;
import static dk.protokol.events.organisation.MemberRole.MEMBER;
import static dk.protokol.events.organisation.MemberRole.VICE_CHAIR;
import static org.assertj.core.api.Assertions.assertThat;

class BodyFoldTest {

    static final BodyId BPS = BodyId.of("00000000-0000-0000-0000-00000000b001");
    static final BodyId FKU = BodyId.of("00000000-0000-0000-0000-00000000b002");
    static final PersonId MAYOR = PersonId.of("00000000-0000-0000-0000-00000000a001");
    static final PersonId DIRECTOR = PersonId.of("00000000-0000-0000-0000-00000000a002");

    static final BodyEstablished BPS_ESTABLISHED = new BodyEstablished(BPS, "Boligpolitisk Styregruppe",
            BodyKind.STEERING_GROUP, "BolivVejle", null, "Sætter de politiske linjer", 4, 5,
            LocalDate.of(2020, 1, 1));

    @Test
    void establishingCreatesTheBodyWithItsDetails() {
        BodyView body = fold(BPS_ESTABLISHED);

        assertThat(body).isEqualTo(new BodyView(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP,
                "BolivVejle", null, "Sætter de politiske linjer", 4, 5, LocalDate.of(2020, 1, 1), null,
                List.of(), List.of(),
                List.of(new DatedValue<>(LocalDate.of(2020, 1, 1), "Boligpolitisk Styregruppe")),
                List.of(new DatedValue<>(LocalDate.of(2020, 1, 1), "Sætter de politiske linjer")),
                List.of(new DatedValue<>(LocalDate.of(2020, 1, 1), 4)),
                List.of(new DatedValue<>(LocalDate.of(2020, 1, 1), 5)), null, null));
    }

    @Test
    void eventsBeforeEstablishmentLeaveNothing() {
        assertThat(BodyFold.apply(null, new BodyDissolved(BPS, LocalDate.of(2021, 1, 1), "nedlagt"))).isNull();
    }

    @Test
    void relationsAreKeptOnceInAFixedOrder() {
        BodyId other = BodyId.of("00000000-0000-0000-0000-00000000b000");
        BodyView body = fold(
                BPS_ESTABLISHED,
                new BodyRelationDeclared(BPS, FKU, RelationKind.SERVES),
                new BodyRelationDeclared(BPS, other, RelationKind.SERVES),
                new BodyRelationDeclared(BPS, FKU, RelationKind.REPORTS_TO),
                new BodyRelationDeclared(BPS, FKU, RelationKind.SERVES));

        assertThat(body.relations()).containsExactly(
                new BodyRelation(RelationKind.REPORTS_TO, FKU),
                new BodyRelation(RelationKind.SERVES, other),
                new BodyRelation(RelationKind.SERVES, FKU));
    }

    @Test
    void appointingOpensAMembershipWithItsFirstRole() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, MAYOR, CHAIR, "Vejle Kommune", LocalDate.of(2020, 2, 1)));

        assertThat(body.memberships()).containsExactly(new Membership(MAYOR, "Vejle Kommune",
                LocalDate.of(2020, 2, 1), null, List.of(new RolePeriod(CHAIR, LocalDate.of(2020, 2, 1), null))));
    }

    @Test
    void aRoleChangeClosesTheOldRoleTheDayBefore() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, DIRECTOR, MEMBER, null, LocalDate.of(2020, 2, 1)),
                new MemberRoleChanged(BPS, DIRECTOR, VICE_CHAIR, LocalDate.of(2021, 3, 1)));

        assertThat(body.memberships()).singleElement().satisfies(m -> assertThat(m.roles()).containsExactly(
                new RolePeriod(MEMBER, LocalDate.of(2020, 2, 1), LocalDate.of(2021, 2, 28)),
                new RolePeriod(VICE_CHAIR, LocalDate.of(2021, 3, 1), null)));
    }

    @Test
    void aRoleChangeFromTheFirstDayReplacesTheRole() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, DIRECTOR, MEMBER, null, LocalDate.of(2020, 2, 1)),
                new MemberRoleChanged(BPS, DIRECTOR, CHAIR, LocalDate.of(2020, 2, 1)));

        assertThat(body.memberships().get(0).roles())
                .containsExactly(new RolePeriod(CHAIR, LocalDate.of(2020, 2, 1), null));
    }

    @Test
    void aRoleChangeForSomeoneNeverAppointedChangesNothing() {
        BodyView before = fold(BPS_ESTABLISHED);

        assertThat(BodyFold.apply(before, new MemberRoleChanged(BPS, MAYOR, CHAIR, LocalDate.of(2021, 1, 1))))
                .isEqualTo(before);
    }

    @Test
    void endingAMembershipSetsItsLastDayOnTheMembershipAndItsRole() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, MAYOR, CHAIR, null, LocalDate.of(2020, 2, 1)),
                new MembershipEnded(BPS, MAYOR, LocalDate.of(2021, 12, 31), "valgperioden udløb"));

        assertThat(body.memberships()).containsExactly(new Membership(MAYOR, null, LocalDate.of(2020, 2, 1),
                LocalDate.of(2021, 12, 31),
                List.of(new RolePeriod(CHAIR, LocalDate.of(2020, 2, 1), LocalDate.of(2021, 12, 31)))));
    }

    @Test
    void aRoleChangeAfterAnAnnouncedEndLastsUntilThatEnd() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, DIRECTOR, MEMBER, null, LocalDate.of(2020, 2, 1)),
                new MembershipEnded(BPS, DIRECTOR, LocalDate.of(2022, 6, 30), null),
                new MemberRoleChanged(BPS, DIRECTOR, CHAIR, LocalDate.of(2022, 1, 1)));

        assertThat(body.memberships().get(0).roles()).containsExactly(
                new RolePeriod(MEMBER, LocalDate.of(2020, 2, 1), LocalDate.of(2021, 12, 31)),
                new RolePeriod(CHAIR, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30)));
    }

    @Test
    void aPersonAppointedAgainGetsASecondMembership() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, MAYOR, MEMBER, null, LocalDate.of(2020, 2, 1)),
                new MembershipEnded(BPS, MAYOR, LocalDate.of(2020, 12, 31), null),
                new MemberAppointed(BPS, MAYOR, CHAIR, null, LocalDate.of(2022, 1, 1)),
                new MemberRoleChanged(BPS, MAYOR, VICE_CHAIR, LocalDate.of(2023, 1, 1)));

        assertThat(body.memberships()).containsExactly(
                new Membership(MAYOR, null, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 12, 31),
                        List.of(new RolePeriod(MEMBER, LocalDate.of(2020, 2, 1), LocalDate.of(2020, 12, 31)))),
                new Membership(MAYOR, null, LocalDate.of(2022, 1, 1), null, List.of(
                        new RolePeriod(CHAIR, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)),
                        new RolePeriod(VICE_CHAIR, LocalDate.of(2023, 1, 1), null))));
    }

    @Test
    void membershipsAreOrderedByPersonThenDateWhateverTheEventOrder() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, DIRECTOR, MEMBER, null, LocalDate.of(2020, 2, 1)),
                new MemberAppointed(BPS, MAYOR, CHAIR, null, LocalDate.of(2020, 3, 1)));

        assertThat(body.memberships()).extracting(Membership::personId).containsExactly(MAYOR, DIRECTOR);
    }

    @Test
    void dissolvingRecordsTheFirstDayWithoutTheBody() {
        BodyView body = fold(BPS_ESTABLISHED,
                new MemberAppointed(BPS, MAYOR, CHAIR, null, LocalDate.of(2020, 2, 1)),
                new BodyDissolved(BPS, LocalDate.of(2024, 1, 1), "erstattet af ad hoc arbejdsgrupper"));

        assertThat(body.dissolvedOn()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(body.memberships()).hasSize(1);
    }

    static BodyView fold(BodyEvent... events) {
        BodyView state = null;
        for (BodyEvent event : events) {
            state = BodyFold.apply(state, event);
        }
        return state;
    }
}
