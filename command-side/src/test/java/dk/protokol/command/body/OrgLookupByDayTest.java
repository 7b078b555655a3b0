package dk.protokol.command.body;

import dk.protokol.command.common.AxonOnH2;
import dk.protokol.events.command.body.ChangeBodyQuorum;
import dk.protokol.events.command.body.DeclareBodyRelation;
import dk.protokol.events.command.body.EndBodyRelation;
import dk.protokol.events.command.body.EstablishBody;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.RelationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookup by the day, on H2 in PostgreSQL mode with infra's real migrations ({@link AxonOnH2}): a body's quorum
 * on a day (cmd_body_quorum), and a relation that ended and was declared again (cmd_body_relation), both as the
 * commands leave them and as a rebuild from the events gives them again.
 */
class OrgLookupByDayTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final String[] LOOKUP_TABLES = {"cmd_action_lookup", "cmd_agenda_item_lookup",
            "cmd_referral_lookup", "cmd_member_role", "cmd_meeting_lookup", "cmd_body_relation", "cmd_body_quorum",
            "cmd_body_lookup", "cmd_person_lookup"};

    private AxonOnH2 system;
    private JdbcOrganisationLookup lookup;

    @BeforeEach
    void startAxon() throws ClassNotFoundException {
        system = new AxonOnH2(Clock.systemDefaultZone());
        lookup = system.organisation;
    }

    @AfterEach
    void stopAxon() {
        system.close();
    }

    @Test
    void aBodysQuorumIsTheOneOfTheDay() {
        BodyId board = establish(3);
        changeQuorum(board, 5, "2025-06-01");
        changeQuorum(board, null, "2026-01-01");
        changeQuorum(board, 4, "2025-06-01"); // replaces the change from the same day

        assertQuorumHistory(board);
        assertThat(lookup.body(board)).map(KnownBody::quorum).as("the quorum given last").contains(4);
    }

    @Test
    void aBodyWithoutAQuorumHasNoneOnAnyDay() {
        BodyId group = establish(null);

        assertThat(lookup.quorumOn(group, START)).isEmpty();
        assertThat(lookup.quorumOn(group, START.plusYears(1))).isEmpty();
        assertThat(lookup.quorumOn(BodyId.random(), START)).as("an unknown body").isEmpty();
    }

    @Test
    void aRelationDeclaredAgainIsInTheLookupAgain() {
        BodyId secretariat = establish(null);
        BodyId board = establish(3);
        system.commands.sendAndWait(new DeclareBodyRelation(secretariat, board, RelationKind.SERVES));
        system.commands.sendAndWait(new DeclareBodyRelation(board, secretariat, RelationKind.REPORTS_TO));
        system.commands.sendAndWait(new EndBodyRelation(secretariat, board, RelationKind.SERVES,
                LocalDate.of(2025, 6, 1)));
        system.commands.sendAndWait(new EndBodyRelation(board, secretariat, RelationKind.REPORTS_TO,
                LocalDate.of(2025, 6, 1)));
        assertThat(lookup.servedBy(board)).isEmpty();
        assertThat(lookup.reportsTo(board)).isEmpty();

        system.commands.sendAndWait(new DeclareBodyRelation(secretariat, board, RelationKind.SERVES,
                LocalDate.of(2025, 9, 1)));
        system.commands.sendAndWait(new DeclareBodyRelation(board, secretariat, RelationKind.REPORTS_TO,
                LocalDate.of(2025, 6, 1)));

        assertThat(lookup.servedBy(board)).containsExactly(secretariat);
        assertThat(lookup.reportsTo(board)).containsExactly(secretariat);
        assertThat(system.payloadTypesOf(board)).containsExactly("BodyEstablished", "BodyRelationDeclared",
                "BodyRelationEnded", "BodyRelationDeclared");
    }

    @Test
    void aRebuildGivesTheQuorumHistoryAndTheRelationsDeclaredAgain() {
        BodyId board = establish(3);
        BodyId secretariat = establish(null);
        changeQuorum(board, 5, "2025-06-01");
        changeQuorum(board, null, "2026-01-01");
        changeQuorum(board, 4, "2025-06-01");
        system.commands.sendAndWait(new DeclareBodyRelation(secretariat, board, RelationKind.SERVES));
        system.commands.sendAndWait(new EndBodyRelation(secretariat, board, RelationKind.SERVES,
                LocalDate.of(2025, 6, 1)));
        system.commands.sendAndWait(new DeclareBodyRelation(secretariat, board, RelationKind.SERVES,
                LocalDate.of(2025, 9, 1)));
        for (String table : LOOKUP_TABLES) {
            system.jdbc.update("DELETE FROM " + table);
        }
        assertThat(lookup.quorumOn(board, START)).isEmpty();

        assertThat(system.rebuilder().rebuildIfEmpty()).isTrue();

        assertQuorumHistory(board);
        assertThat(lookup.body(board)).map(KnownBody::quorum).contains(4);
        assertThat(lookup.servedBy(board)).containsExactly(secretariat);
    }

    /** 3 from the establishment, 4 from 1 June 2025 (5 was replaced), none from 2026. */
    private void assertQuorumHistory(BodyId board) {
        assertThat(lookup.quorumOn(board, START.minusDays(1))).as("before the establishment").isEmpty();
        assertThat(lookup.quorumOn(board, START)).contains(3);
        assertThat(lookup.quorumOn(board, LocalDate.of(2025, 5, 31))).contains(3);
        assertThat(lookup.quorumOn(board, LocalDate.of(2025, 6, 1))).contains(4);
        assertThat(lookup.quorumOn(board, LocalDate.of(2025, 12, 31))).contains(4);
        assertThat(lookup.quorumOn(board, LocalDate.of(2026, 1, 1))).isEqualTo(Optional.empty());
        assertThat(lookup.quorumOn(board, LocalDate.of(2030, 1, 1))).isEmpty();
    }

    private BodyId establish(Integer quorum) {
        BodyId id = BodyId.random();
        system.commands.sendAndWait(new EstablishBody(id, "Organ " + id, BodyKind.BOARD, "ByLivKolding", null, null,
                4, quorum, START));
        return id;
    }

    private void changeQuorum(BodyId body, Integer quorum, String from) {
        system.commands.sendAndWait(new ChangeBodyQuorum(body, quorum, LocalDate.parse(from)));
    }
}
