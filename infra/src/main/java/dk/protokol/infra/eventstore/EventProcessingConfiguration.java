package dk.protokol.infra.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.util.Set;

/**
 * Every projection runs in a pooled streaming processor (batches of events in one transaction with
 * the token, so the effect is exactly once) and has a dead-letter queue, so that one poison event
 * parks its own sequence (one aggregate) and every other sequence goes on. Processing groups named in
 * {@code protokol.processing.subscribing} (command-side lookups) instead run in the publishing
 * transaction. Batch size and segments are configuration ({@code protokol.processing.*}). A transient failure
 * (deadlock, serialisation) is not parked but tried again with its batch ({@link RetryTransientFailures}).
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessingConfiguration {

    /** Each projection event in its own savepoint, so that a failure in the database parks only it. */
    @Bean
    public SavepointPerEvent savepointPerEvent(ObjectProvider<PlatformTransactionManager> transactions,
                                               @Value("${protokol.processing.subscribing:}") Set<String> subscribing) {
        return new SavepointPerEvent(transactions::getObject, subscribing);
    }

    @Bean
    public ConfigurerModule protokolProcessing(
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            DeadLetterSchema deadLetterSchema,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            @Value("${protokol.processing.batch-size:100}") int batchSize,
            @Value("${protokol.processing.segments:2}") int segments,
            @Value("${protokol.processing.subscribing:}") Set<String> subscribing) {
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                EventProcessingConfigurer processing = configurer.eventProcessing();
                processing.usingPooledStreamingEventProcessors((config, builder) -> builder
                        .batchSize(batchSize)
                        .initialSegmentCount(segments)
                        .maxClaimedSegments(segments));
                subscribing.forEach(processing::registerSubscribingEventProcessor);
                processing.registerDeadLetterQueueProvider(group -> subscribing.contains(group)
                        ? null
                        : config -> JdbcSequencedDeadLetterQueue.builder()
                        .processingGroup(group)
                        .connectionProvider(connectionProvider)
                        .transactionManager(transactionManager)
                        .schema(deadLetterSchema)
                        .genericSerializer(serializer)
                        .eventSerializer(eventSerializer)
                        .build());
                // a deadlock between two segments is tried again, not parked
                processing.registerDefaultDeadLetterPolicy(config -> new RetryTransientFailures());
            }

            /**
             * Last, so that this provider (dead letters for every streaming group) wins over Axon's Spring
             * Boot module, which enables them per group from properties and otherwise answers "none".
             */
            @Override
            public int order() {
                return Integer.MAX_VALUE;
            }
        };
    }
}
