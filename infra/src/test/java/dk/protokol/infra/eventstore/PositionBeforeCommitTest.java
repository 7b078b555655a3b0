package dk.protokol.infra.eventstore;

import dk.protokol.command.common.CommandSender;
import dk.protokol.command.common.EventPositions;
import dk.protokol.events.command.CommandResult;
import dk.protokol.events.command.person.RegisterPerson;
import dk.protokol.events.ids.PersonId;
import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15 (found by TwoNodesOnPostgresTest): the answer's position is read in the command's own transaction,
 * before its commit. Here the database "goes away" for every position read made outside a transaction, as it did for
 * a node killed between a command's commit and the read: the command is answered with its position all the same.
 * Before, the read came after the commit, failed, and the API answered 503 "nothing could be done" for a command
 * that was stored.
 */
@SpringBootTest(classes = ProtokolApplication.class)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class PositionBeforeCommitTest {

    @TestConfiguration
    static class AwayAfterTheCommit {
        @Bean
        @Primary
        EventPositions awayOutsideATransaction(JdbcEventPositions positions) {
            return aggregateId -> {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw new org.springframework.jdbc.CannotGetJdbcConnectionException("the database went away");
                }
                return positions.headOf(aggregateId);
            };
        }
    }

    @Autowired
    CommandSender sender;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAnswersPositionIsReadBeforeTheCommitSoAStoredCommandIsNeverAnsweredAsFailed() {
        PersonId person = PersonId.random();
        CommandResult result = sender.send(new RegisterPerson(person, "Petra Position", null, null, null), person);

        Long stored = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry WHERE "
                + "aggregate_identifier = ?", Long.class, person.toString());
        assertThat(result.position()).as("the position of the command's own event").isEqualTo(stored);
        assertThat(result.id()).isEqualTo(person.toString());
    }
}
