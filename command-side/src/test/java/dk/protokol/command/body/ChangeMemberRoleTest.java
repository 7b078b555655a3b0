package dk.protokol.command.body;

import dk.protokol.events.command.body.ChangeMemberRole;
import dk.protokol.events.organisation.BodyDissolved;
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
import static dk.protokol.command.common.Violations.violationOf;
import static org.hamcrest.Matchers.containsString;

class ChangeMemberRoleTest {

    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(organisation());

    @Test
    void makesAMemberChairWhenTheFormerChairLeft() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED),
                        new MembershipEnded(BPS, MAYOR, date("2025-12-31"), null),
                        appointed(DEPUTY, MemberRole.MEMBER, ESTABLISHED))
                .when(new ChangeMemberRole(BPS, DEPUTY, MemberRole.CHAIR, date("2026-01-01")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MemberRoleChanged(BPS, DEPUTY, MemberRole.CHAIR, date("2026-01-01")));
    }

    @Test
    void aChairPeriodEndsWithTheMembershipSoALaterChairDoesNotClash() {
        // DEPUTY's membership ended on 30 June; making them chair from March gives March-June only,
        // which does not meet MAYOR's chair period from July.
        fixture.given(bpsEstablished(), appointed(DEPUTY, MemberRole.MEMBER, ESTABLISHED),
                        new MembershipEnded(BPS, DEPUTY, date("2025-06-30"), null),
                        appointed(MAYOR, MemberRole.CHAIR, date("2025-07-01")))
                .when(new ChangeMemberRole(BPS, DEPUTY, MemberRole.CHAIR, date("2025-03-01")))
                .expectEvents(new MemberRoleChanged(BPS, DEPUTY, MemberRole.CHAIR, date("2025-03-01")));
    }

    @Test
    void cannotMakeAMemberChairWhileAnotherChairs() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED),
                        appointed(DEPUTY, MemberRole.VICE_CHAIR, ESTABLISHED))
                .when(new ChangeMemberRole(BPS, DEPUTY, MemberRole.CHAIR, date("2026-01-01")))
                .expectException(violationOf("AtMostOneChairOnAnyDate"))
                .expectExceptionMessage(containsString("Der kan kun være én formand ad gangen"))
                .expectNoEvents();
    }

    @Test
    void cannotChangeTheRoleOfSomeoneWhoIsNotAMember() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED))
                .when(new ChangeMemberRole(BPS, SECRETARY, MemberRole.MEMBER, date("2025-03-01")))
                .expectException(violationOf("RoleChangeRequiresMembership"))
                .expectExceptionMessage(containsString("ikke medlem af organet den 1. marts 2025"))
                .expectNoEvents();
    }

    @Test
    void cannotChangeTheRoleAfterTheMembershipEnded() {
        fixture.given(bpsEstablished(), appointed(DEPUTY, MemberRole.MEMBER, ESTABLISHED),
                        new MembershipEnded(BPS, DEPUTY, date("2025-06-30"), null))
                .when(new ChangeMemberRole(BPS, DEPUTY, MemberRole.VICE_CHAIR, date("2025-07-01")))
                .expectException(violationOf("RoleChangeRequiresMembership"))
                .expectNoEvents();
    }

    @Test
    void cannotChangeTheRoleOnOrBeforeThePreviousChange() {
        fixture.given(bpsEstablished(), appointed(DEPUTY, MemberRole.MEMBER, ESTABLISHED),
                        new MemberRoleChanged(BPS, DEPUTY, MemberRole.VICE_CHAIR, date("2025-06-01")))
                .when(new ChangeMemberRole(BPS, DEPUTY, MemberRole.OBSERVER, date("2025-06-01")))
                .expectException(violationOf("RoleChangeMustFollowPreviousChange"))
                .expectExceptionMessage(containsString("(1. juni 2025)"))
                .expectNoEvents();
    }

    @Test
    void cannotChangeToTheRoleTheMemberAlreadyHas() {
        fixture.given(bpsEstablished(), appointed(DEPUTY, MemberRole.VICE_CHAIR, ESTABLISHED))
                .when(new ChangeMemberRole(BPS, DEPUTY, MemberRole.VICE_CHAIR, date("2025-06-01")))
                .expectException(violationOf("NewRoleMustDiffer"))
                .expectExceptionMessage("Medlemmet har allerede rollen næstformand.")
                .expectNoEvents();
    }

    @Test
    void cannotChangeRolesInADissolvedBody() {
        fixture.given(bpsEstablished(), appointed(DEPUTY, MemberRole.MEMBER, ESTABLISHED),
                        new BodyDissolved(BPS, date("2025-06-30"), "Nedlagt"))
                .when(new ChangeMemberRole(BPS, DEPUTY, MemberRole.VICE_CHAIR, date("2025-03-01")))
                .expectException(violationOf("NoRoleChangesInDissolvedBody"))
                .expectNoEvents();
    }
}
