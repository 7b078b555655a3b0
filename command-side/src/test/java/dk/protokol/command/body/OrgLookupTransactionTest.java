package dk.protokol.command.body;

import dk.protokol.events.command.body.AppointMember;
import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.command.body.DissolveBody;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.command.common.AxonOnH2;
import dk.protokol.command.meeting.JdbcMeetingLookup;
import dk.protokol.command.meeting.MeetingLookupUpdater;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lookup against infra's real migrations on H2 in PostgreSQL mode, with Axon wired as in the application
 * ({@link AxonOnH2}): JDBC event store, Spring transactions, "org-lookup" subscribing.
 * Proves that the lookup commits and rolls back with the events.
 */
class OrgLookupTransactionTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);

    private AxonOnH2 system;
    private JdbcTemplate jdbc;
    private JdbcOrganisationLookup lookup;
    private CommandGateway commands;
    /** What the Body aggregate sees; a test may make it stale to act out a race with another node. */
    private OrganisationLookup seenByHandlers;

    @BeforeEach
    void startAxon() throws ClassNotFoundException {
        system = new AxonOnH2(Clock.systemDefaultZone(), new DelegatingLookup(), null);
        jdbc = system.jdbc;
        lookup = system.organisation;
        seenByHandlers = lookup;
        commands = system.commands;
    }

    @AfterEach
    void stopAxon() {
        system.close();
    }

    @Test
    void theLookupIsWrittenWithTheEvents() {
        BodyId bps = establish(null);
        BodyId fku = establish(bps);
        commands.sendAndWait(new DeclareBodyRelation(fku, bps, RelationKind.REPORTS_TO));
        commands.sendAndWait(new DissolveBody(fku, LocalDate.of(2025, 6, 30), "Nedlagt"));

        assertThat(lookup.body(bps)).contains(new KnownBody(bps, START, null));
        assertThat(lookup.body(fku)).contains(new KnownBody(fku, START, LocalDate.of(2025, 6, 30)));
        assertThat(lookup.reportsTo(fku)).containsExactly(bps);
    }

    @Test
    void aCommandWhoseLookupUpdateFailsRecordsNoEvent() {
        BodyId bps = BodyId.random();
        jdbc.update("INSERT INTO cmd_body_lookup (body_id) VALUES (?)", bps.value());

        assertThatThrownBy(() -> commands.sendAndWait(establishCommand(bps, null)))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(system.eventsOf(bps)).isZero();
    }

    @Test
    void aCycleDeclaredAtTheSameTimeByAnotherBodyIsRefusedAtCommit() {
        BodyId bps = establish(null);
        BodyId fku = establish(null);
        commands.sendAndWait(new DeclareBodyRelation(fku, bps, RelationKind.REPORTS_TO));
        // BPS's handler decides on a lookup that has not yet seen FKU -> BPS (another node's commit in flight)
        seenByHandlers = new StaleReportsTo(lookup);

        assertThatThrownBy(() -> commands.sendAndWait(new DeclareBodyRelation(bps, fku, RelationKind.REPORTS_TO)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).rule()).isEqualTo("NoReportsToCycle"));

        assertThat(system.eventsOf(bps)).isEqualTo(1);
        assertThat(lookup.reportsTo(bps)).isEmpty();
    }

    @Test
    void anAppointmentNeedsARegisteredPerson() {
        BodyId bps = establish(null);
        PersonId known = PersonId.random();
        jdbc.update("INSERT INTO cmd_person_lookup (person_id) VALUES (?)", known.value());

        commands.sendAndWait(new AppointMember(bps, known, MemberRole.CHAIR, null, START));
        assertThatThrownBy(() -> commands.sendAndWait(
                new AppointMember(bps, PersonId.random(), MemberRole.MEMBER, null, START)))
                .hasMessageContaining("Personen findes ikke");
    }

    @Test
    void anEmptyLookupIsRebuiltFromTheEvents() {
        BodyId bps = establish(null);
        BodyId fku = establish(bps);
        commands.sendAndWait(new DeclareBodyRelation(fku, bps, RelationKind.REPORTS_TO));
        commands.sendAndWait(new DissolveBody(bps, LocalDate.of(2026, 1, 1), "Nedlagt"));
        jdbc.update("DELETE FROM cmd_body_relation");
        jdbc.update("DELETE FROM cmd_body_lookup");
        OrgLookupRebuilder rebuilder = new OrgLookupRebuilder(system.axon.eventStore(), lookup,
                List.of(new OrgLookupUpdater(lookup), new MeetingLookupUpdater(new JdbcMeetingLookup(jdbc))),
                system.transactions);

        assertThat(rebuilder.rebuildIfEmpty()).isTrue();
        assertThat(lookup.body(bps)).map(KnownBody::dissolvedOn).contains(LocalDate.of(2026, 1, 1));
        assertThat(lookup.reportsTo(fku)).containsExactly(bps);
        assertThat(rebuilder.rebuildIfEmpty()).as("a filled lookup is left alone").isFalse();
    }

    @Test
    void anEmptyStoreNeedsNoRebuild() {
        OrgLookupRebuilder rebuilder = new OrgLookupRebuilder(system.axon.eventStore(), lookup,
                List.of(new OrgLookupUpdater(lookup), new MeetingLookupUpdater(new JdbcMeetingLookup(jdbc))),
                system.transactions);
        assertThat(rebuilder.rebuildIfEmpty()).isFalse();
    }

    private BodyId establish(BodyId parent) {
        BodyId id = BodyId.random();
        commands.sendAndWait(establishCommand(id, parent));
        return id;
    }

    private static EstablishBody establishCommand(BodyId id, BodyId parent) {
        return new EstablishBody(id, "Organ " + id, BodyKind.FORUM, "BolivVejle", parent, null, 4, null, START);
    }

    private class DelegatingLookup implements OrganisationLookup {
        @Override
        public Optional<KnownBody> body(BodyId id) {
            return seenByHandlers.body(id);
        }

        @Override
        public boolean personExists(PersonId id) {
            return seenByHandlers.personExists(id);
        }

        @Override
        public Set<BodyId> reportsTo(BodyId body) {
            return seenByHandlers.reportsTo(body);
        }

        @Override
        public Map<PersonId, MemberRole> membersOn(BodyId body, LocalDate on) {
            return seenByHandlers.membersOn(body, on);
        }

        @Override
        public Optional<Integer> quorumOn(BodyId body, LocalDate day) {
            return seenByHandlers.quorumOn(body, day);
        }
    }

    private record StaleReportsTo(OrganisationLookup actual) implements OrganisationLookup {
        @Override
        public Optional<KnownBody> body(BodyId id) {
            return actual.body(id);
        }

        @Override
        public boolean personExists(PersonId id) {
            return actual.personExists(id);
        }

        @Override
        public Set<BodyId> reportsTo(BodyId body) {
            return Set.of();
        }

        @Override
        public Map<PersonId, MemberRole> membersOn(BodyId body, LocalDate on) {
            return actual.membersOn(body, on);
        }
    }
}
