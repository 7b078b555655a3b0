package dk.protokol.command.body;

import dk.protokol.events.words.Words;
import dk.protokol.events.command.body.AppointMember;
import dk.protokol.command.common.InMemoryOrganisationLookup;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyDissolved;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.body.BodyFixtures.BPS;
import static dk.protokol.command.body.BodyFixtures.DEPUTY;
import static dk.protokol.command.body.BodyFixtures.ESTABLISHED;
import static dk.protokol.command.body.BodyFixtures.MAYOR;
import static dk.protokol.command.body.BodyFixtures.SECRETARY;
import static dk.protokol.command.body.BodyFixtures.appointed;
import static dk.protokol.command.body.BodyFixtures.bpsEstablished;
import static dk.protokol.command.body.BodyFixtures.date;
import static dk.protokol.command.body.BodyFixtures.organisation;
import static dk.protokol.command.common.Violations.unknownReferenceIn;
import static dk.protokol.command.common.Violations.violationOf;
import static org.hamcrest.Matchers.containsString;

class AppointMemberTest {

    private final InMemoryOrganisationLookup lookup = organisation();
    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(lookup);

    @Test
    void appointsAMemberRepresentingAnOrganisation() {
        fixture.given(bpsEstablished())
                .when(new AppointMember(BPS, MAYOR, MemberRole.CHAIR, " Vejle Kommune ", ESTABLISHED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MemberAppointed(BPS, MAYOR, MemberRole.CHAIR, "Vejle Kommune", ESTABLISHED));
    }

    @Test
    void cannotAppointAPersonWhoIsNotRegistered() {
        fixture.given(bpsEstablished())
                .when(new AppointMember(BPS, PersonId.random(), MemberRole.MEMBER, null, ESTABLISHED))
                .expectException(UnknownReference.class)
                .expectException(unknownReferenceIn("personId"))
                .expectNoEvents();
    }

    @Test
    void cannotAppointAnErasedPerson() {
        PersonId erased = PersonId.random();
        lookup.withErasedPerson(erased);
        fixture.given(bpsEstablished())
                .when(new AppointMember(BPS, erased, MemberRole.MEMBER, null, ESTABLISHED))
                .expectException(violationOf("ErasedPersonIsNotAppointed", "personId"))
                .expectExceptionMessage("Personens oplysninger er slettet; personen kan ikke udpeges.")
                .expectNoEvents();
    }

    @Test
    void cannotAppointAMemberFromBeforeTheBodyWasEstablished() {
        fixture.given(bpsEstablished())
                .when(new AppointMember(BPS, MAYOR, MemberRole.MEMBER, null, ESTABLISHED.minusDays(1)))
                .expectException(violationOf("MembershipNotBeforeEstablishment"))
                .expectExceptionMessage("Medlemskabet kan ikke begynde " + Words.DANISH.date(ESTABLISHED.minusDays(1))
                        + ", før organet blev oprettet (" + Words.DANISH.date(ESTABLISHED) + ").")
                .expectNoEvents();
    }

    @Test
    void appointsAMemberFromTheDayTheBodyWasEstablished() {
        fixture.given(bpsEstablished())
                .when(new AppointMember(BPS, MAYOR, MemberRole.MEMBER, null, ESTABLISHED))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MemberAppointed(BPS, MAYOR, MemberRole.MEMBER, null, ESTABLISHED));
    }

    @Test
    void cannotAppointMembersToADissolvedBody() {
        fixture.given(bpsEstablished(), new BodyDissolved(BPS, date("2025-06-30"), "Nedlagt"))
                .when(new AppointMember(BPS, MAYOR, MemberRole.MEMBER, null, date("2025-03-01")))
                .expectException(violationOf("NoAppointmentsToDissolvedBody"))
                .expectExceptionMessage(containsString("der kan ikke udpeges nye medlemmer"))
                .expectNoEvents();
    }

    @Test
    void cannotAppointSomeoneWhoIsAlreadyAMember() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.MEMBER, ESTABLISHED))
                .when(new AppointMember(BPS, MAYOR, MemberRole.CHAIR, null, date("2025-06-01")))
                .expectException(violationOf("PersonIsAlreadyMember"))
                .expectExceptionMessage(containsString("Skift medlemmets rolle i stedet"))
                .expectNoEvents();
    }

    @Test
    void cannotReappointOnTheLastDayOfTheEarlierMembership() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.MEMBER, ESTABLISHED),
                        new MembershipEnded(BPS, MAYOR, date("2025-06-30"), null))
                .when(new AppointMember(BPS, MAYOR, MemberRole.MEMBER, null, date("2025-06-30")))
                .expectException(violationOf("PersonIsAlreadyMember"))
                .expectExceptionMessage(containsString("tidligst begynde dagen efter"))
                .expectNoEvents();
    }

    @Test
    void reappointsAPersonAfterTheEarlierMembershipEnded() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.MEMBER, ESTABLISHED),
                        new MembershipEnded(BPS, MAYOR, date("2025-06-30"), null))
                .when(new AppointMember(BPS, MAYOR, MemberRole.MEMBER, null, date("2025-07-01")))
                .expectEvents(new MemberAppointed(BPS, MAYOR, MemberRole.MEMBER, null, date("2025-07-01")));
    }

    @Test
    void cannotAppointASecondChairWhileTheFirstStillChairs() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED))
                .when(new AppointMember(BPS, DEPUTY, MemberRole.CHAIR, null, date("2025-09-01")))
                .expectException(violationOf("AtMostOneChairOnAnyDate"))
                .expectExceptionMessage(containsString("allerede en formand fra 1. januar 2025"))
                .expectNoEvents();
    }

    @Test
    void cannotAppointANewChairOnTheLastDayOfTheFormerChair() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED),
                        new MembershipEnded(BPS, MAYOR, date("2025-12-31"), "Ny byrådsperiode"))
                .when(new AppointMember(BPS, DEPUTY, MemberRole.CHAIR, null, date("2025-12-31")))
                .expectException(violationOf("AtMostOneChairOnAnyDate"))
                .expectExceptionMessage(containsString("til og med 31. december 2025"))
                .expectNoEvents();
    }

    @Test
    void appointsANewChairTheDayAfterTheFormerChairLeft() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED),
                        new MembershipEnded(BPS, MAYOR, date("2025-12-31"), "Ny byrådsperiode"))
                .when(new AppointMember(BPS, DEPUTY, MemberRole.CHAIR, null, date("2026-01-01")))
                .expectEvents(new MemberAppointed(BPS, DEPUTY, MemberRole.CHAIR, null, date("2026-01-01")));
    }

    @Test
    void appointsANewChairFromTheDayTheFormerChairChangedRole() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED),
                        new MemberRoleChanged(BPS, MAYOR, MemberRole.MEMBER, date("2026-01-01")))
                .when(new AppointMember(BPS, DEPUTY, MemberRole.CHAIR, null, date("2026-01-01")))
                .expectEvents(new MemberAppointed(BPS, DEPUTY, MemberRole.CHAIR, null, date("2026-01-01")));
    }

    @Test
    void theChairRuleConcernsChairsOnly() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED),
                        appointed(DEPUTY, MemberRole.VICE_CHAIR, ESTABLISHED))
                .when(new AppointMember(BPS, SECRETARY, MemberRole.SECRETARY, null, ESTABLISHED))
                .expectEvents(new MemberAppointed(BPS, SECRETARY, MemberRole.SECRETARY, null, ESTABLISHED));
    }
}
