package dk.protokol.infra.eventstore;

import dk.protokol.infra.ProtokolApplication;
import dk.protokol.infra.support.PostgresTestDatabase;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two nodes writing the same aggregate at once (issue 13): the second append of one sequence clashes on the event
 * table's key; PostgreSQL reports it inside a {@link BatchUpdateException}, and the event store must call it a
 * concurrent change (409), not a failure (500).
 */
@SpringBootTest(classes = ProtokolApplication.class)
@ContextConfiguration(initializers = PostgresTestDatabase.class)
class DuplicateKeyResolverTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    PlatformTransactionManager transactions;

    record Probe(String label) {
    }

    @Test
    void aSecondEventWithTheSameSequenceOnPostgresIsAConcurrentChange() {
        String aggregate = UUID.randomUUID().toString();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> eventStore.publish(
                new GenericDomainEventMessage<>("Probe", aggregate, 0, new Probe("first node")),
                new GenericDomainEventMessage<>("Probe", aggregate, 1, new Probe("first node, again"))));

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> eventStore.publish(
                new GenericDomainEventMessage<>("Probe", aggregate, 1, new Probe("second node")))))
                .isInstanceOf(ConcurrencyException.class);
        // creating an aggregate whose identifier is taken: Axon's own kind of clash (also 409)
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> eventStore.publish(
                new GenericDomainEventMessage<>("Probe", aggregate, 0, new Probe("second node")))))
                .isInstanceOf(AggregateStreamCreationException.class);
    }

    @Test
    void theUniqueViolationIsFoundInABatchsNextExceptions() {
        SQLException unique = new SQLException("duplicate key value violates unique constraint", "23505");
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 was aborted", "23505", new int[0]);
        BatchUpdateException batchWithoutState = new BatchUpdateException("Batch entry 0 was aborted", null,
                new int[0]);
        batchWithoutState.setNextException(unique);
        DuplicateKeyResolver resolver = new DuplicateKeyResolver();

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(batch))).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(batchWithoutState))).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException(new SQLException("no", "23502"))))
                .as("a NOT NULL violation is no clash").isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL"))).isFalse();
    }
}
