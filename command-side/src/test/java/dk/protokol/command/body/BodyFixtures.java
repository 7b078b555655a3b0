package dk.protokol.command.body;

import dk.protokol.command.common.InMemoryOrganisationLookup;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyEstablished;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberAppointed;
import dk.protokol.events.organisation.MemberRole;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.LocalDate;

/** The organisation the Body tests play in: BolivVejle's steering group (BPS) and forum (FKU). */
final class BodyFixtures {

    static final BodyId BPS = BodyId.random();
    static final BodyId FKU = BodyId.random();
    static final BodyId DHI = BodyId.random();
    static final PersonId MAYOR = PersonId.random();
    static final PersonId DEPUTY = PersonId.random();
    static final PersonId SECRETARY = PersonId.random();
    static final LocalDate ESTABLISHED = LocalDate.of(2025, 1, 1);

    private BodyFixtures() {
    }

    static FixtureConfiguration<Body> fixture(InMemoryOrganisationLookup lookup) {
        AggregateTestFixture<Body> fixture = new AggregateTestFixture<>(Body.class);
        fixture.registerInjectableResource(lookup);
        return fixture;
    }

    static InMemoryOrganisationLookup organisation() {
        return new InMemoryOrganisationLookup()
                .withBody(BPS).withBody(FKU).withBody(DHI)
                .withPerson(MAYOR).withPerson(DEPUTY).withPerson(SECRETARY);
    }

    static BodyEstablished bpsEstablished() {
        return new BodyEstablished(BPS, "Boligpolitisk Styregruppe", BodyKind.STEERING_GROUP, "BolivVejle", null,
                null, 4, null, ESTABLISHED);
    }

    static MemberAppointed appointed(PersonId person, MemberRole role, LocalDate from) {
        return new MemberAppointed(BPS, person, role, null, from);
    }

    static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
