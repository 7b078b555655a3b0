package dk.protokol.command.body;

import dk.protokol.events.command.body.EndMembership;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.MemberRoleChanged;
import dk.protokol.events.organisation.MembershipEnded;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;

import static dk.protokol.command.body.BodyFixtures.BPS;
import static dk.protokol.command.body.BodyFixtures.DEPUTY;
import static dk.protokol.command.body.BodyFixtures.ESTABLISHED;
import static dk.protokol.command.body.BodyFixtures.MAYOR;
import static dk.protokol.command.body.BodyFixtures.appointed;
import static dk.protokol.command.body.BodyFixtures.bpsEstablished;
import static dk.protokol.command.body.BodyFixtures.date;
import static dk.protokol.command.body.BodyFixtures.organisation;
import static dk.protokol.command.common.Violations.violationOf;
import static org.hamcrest.Matchers.containsString;

class EndMembershipTest {

    private final FixtureConfiguration<Body> fixture = BodyFixtures.fixture(organisation());

    @Test
    void endsAMembershipWithAReason() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED))
                .when(new EndMembership(BPS, MAYOR, date("2025-12-31"), "Ny byrådsperiode"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new MembershipEnded(BPS, MAYOR, date("2025-12-31"), "Ny byrådsperiode"));
    }

    @Test
    void aMembershipMayLastASingleDay() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.MEMBER, date("2025-03-01")))
                .when(new EndMembership(BPS, MAYOR, date("2025-03-01"), null))
                .expectEvents(new MembershipEnded(BPS, MAYOR, date("2025-03-01"), null));
    }

    @Test
    void cannotEndTheMembershipOfSomeoneWhoIsNotAMember() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED))
                .when(new EndMembership(BPS, DEPUTY, date("2025-12-31"), null))
                .expectException(violationOf("EndingRequiresMembership"))
                .expectNoEvents();
    }

    @Test
    void cannotEndAMembershipTwice() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.CHAIR, ESTABLISHED),
                        new MembershipEnded(BPS, MAYOR, date("2025-12-31"), null))
                .when(new EndMembership(BPS, MAYOR, date("2026-01-31"), null))
                .expectException(violationOf("MembershipEndsOnlyOnce"))
                .expectExceptionMessage(containsString("allerede afsluttet (sidste dag 31. december 2025)"))
                .expectNoEvents();
    }

    @Test
    void cannotEndAMembershipBeforeItStarts() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.MEMBER, date("2025-03-01")))
                .when(new EndMembership(BPS, MAYOR, date("2025-02-28"), null))
                .expectException(violationOf("MembershipMustNotEndBeforeItStarts"))
                .expectExceptionMessage(containsString("før det begyndte (1. marts 2025)"))
                .expectNoEvents();
    }

    @Test
    void cannotEndAMembershipBeforeTheLatestRoleChange() {
        fixture.given(bpsEstablished(), appointed(MAYOR, MemberRole.MEMBER, ESTABLISHED),
                        new MemberRoleChanged(BPS, MAYOR, MemberRole.CHAIR, date("2026-01-01")))
                .when(new EndMembership(BPS, MAYOR, date("2025-12-31"), null))
                .expectException(violationOf("MembershipMustNotEndBeforeLatestRoleChange"))
                .expectNoEvents();
    }
}
