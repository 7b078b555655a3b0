package dk.protokol.infra.eventstore;

import dk.protokol.events.meeting.MeetingScheduledUpcaster;
import dk.protokol.events.meeting.MinutesApprovedUpcaster;
import dk.protokol.events.meeting.RemarkRecordedUpcaster;
import dk.protokol.events.organisation.BodyRelationDeclaredUpcaster;
import dk.protokol.events.organisation.PersonDataUpcaster;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every store needs, on JDBC and on Axon Server alike (issue 15, item 4): the upcasters of the published
 * language (Axon Server's events are upcast on reading as the JDBC store's are), the token store's and the dead-letter
 * queue's tables in PostgreSQL (with Axon Server the views, their tokens and their dead letters stay in the one
 * database, committed together: exactly once), and the snapshot trigger. The JDBC event store itself is in
 * {@link EventStoreConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    /**
     * Upcasters of the published language's events (revisions, DESIGN.md principle 2). Axon's Spring support puts
     * every EventUpcaster bean into the configuration's upcaster chain, which the storage engine and the as-of
     * replay (JdbcEventHistory) both use.
     */
    @Bean
    public MeetingScheduledUpcaster meetingScheduledUpcaster() {
        return new MeetingScheduledUpcaster();
    }

    @Bean
    public BodyRelationDeclaredUpcaster bodyRelationDeclaredUpcaster() {
        return new BodyRelationDeclaredUpcaster();
    }

    @Bean
    public PersonDataUpcaster personDataUpcaster() {
        return new PersonDataUpcaster();
    }

    @Bean
    public RemarkRecordedUpcaster remarkRecordedUpcaster() {
        return new RemarkRecordedUpcaster();
    }

    @Bean
    public MinutesApprovedUpcaster minutesApprovedUpcaster() {
        return new MinutesApprovedUpcaster();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("time_stamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    @Bean
    public SagaSqlSchema sagaSqlSchema() {
        return new GenericSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .revisionColumn("revision")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .sagaIdColumn("saga_id")
                .sagaTypeColumn("saga_type")
                .build());
    }

    /** Long aggregate streams (a body with years of memberships, a busy meeting) are rebuilt from snapshots. */
    @Bean
    public SnapshotTriggerDefinition protokolSnapshotTrigger(Snapshotter snapshotter,
                                                             @Value("${protokol.eventstore.snapshot-threshold:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
