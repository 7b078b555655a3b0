package dk.protokol.infra.eventstore;

import dk.protokol.infra.audit.ChainStore;
import dk.protokol.infra.audit.ChainingStatement;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.AppendEventsStatementBuilder;
import org.axonframework.eventsourcing.eventstore.jdbc.statements.JdbcEventStorageEngineStatements;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The event store on JDBC: PostgreSQL in production, H2 as the embedded default. Tables are Flyway's
 * (V1__event_store.sql); here only their names, the serializers and the commit-order lock.
 * Not active with profile {@code axonserver}, where Axon Server stores the events ({@link AxonServerStoreConfiguration});
 * what both need is in {@link StoreConfiguration}.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class EventStoreConfiguration {

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public CommitOrderLock commitOrderLock(DataSource dataSource,
                                           @Value("${protokol.eventstore.commit-order-lock:true}") boolean enabled)
            throws SQLException {
        if (!enabled) {
            return CommitOrderLock.NONE;
        }
        try (Connection connection = dataSource.getConnection()) {
            return CommitOrderLock.forDatabase(connection.getMetaData().getDatabaseProductName());
        }
    }

    /** A clash on (aggregate, sequence) is a concurrent change (409), on PostgreSQL as on H2. */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(@Qualifier("eventSerializer") Serializer eventSerializer,
                                                 Serializer snapshotSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 CommitOrderLock commitOrderLock,
                                                 DataSource dataSource,
                                                 @Value("${protokol.eventstore.gap-timeout-ms:60000}") int gapTimeout,
                                                 @Value("${protokol.eventstore.batch-size:100}") int batchSize) {
        // Each append takes the commit-order lock before it draws its global index, writes its events, and then, in
        // the same transaction and still under the lock, extends the audit chain over them (DESIGN.md "Audit chain").
        AppendEventsStatementBuilder lockedAppend = (connection, schema, dataType, events, serializer, timestamps) -> {
            commitOrderLock.acquire(connection);
            List<String> identifiers = events.stream().map(EventMessage::getIdentifier).toList();
            return ChainingStatement.of(JdbcEventStorageEngineStatements.appendEvents(connection, schema, dataType,
                    events, serializer, timestamps), () -> ChainStore.extend(connection, identifiers));
        };
        JdbcEventStorageEngine.Builder engine = JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .upcasterChain(configuration.upcasterChain())
                // each aggregate's @Revision: a snapshot of an earlier shape of its state is passed over, and the
                // aggregate is rebuilt from its events (Axon's own engine gets this from its auto-configuration)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .appendEvents(lockedAppend)
                .gapTimeout(gapTimeout)
                .batchSize(batchSize);
        // an aggregate's event that cannot be read stops its load with the event named (issue 13)
        return new ReadableStreamsStorageEngine(engine, new JdbcTemplate(dataSource));
    }


}
