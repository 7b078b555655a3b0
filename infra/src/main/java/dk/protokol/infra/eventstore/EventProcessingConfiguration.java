package dk.protokol.infra.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * Every projection runs in a pooled streaming processor (batches of events in one transaction with
 * the token, so the effect is exactly once) and has a dead-letter queue, so that one poison event
 * parks its own sequence (one aggregate) and every other sequence goes on. Processing groups named in
 * {@code protokol.processing.subscribing} (command-side lookups) instead run in the publishing
 * transaction. Batch size and segments are configuration ({@code protokol.processing.*}).
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessingConfiguration {

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
        return configurer -> {
            configurer.eventProcessing()
                    .usingPooledStreamingEventProcessors((config, builder) -> builder
                            .batchSize(batchSize)
                            .initialSegmentCount(segments)
                            .maxClaimedSegments(segments));
            subscribing.forEach(group -> configurer.eventProcessing().registerSubscribingEventProcessor(group));
            configurer.eventProcessing().registerDeadLetterQueueProvider(group -> subscribing.contains(group)
                    ? null
                    : config -> JdbcSequencedDeadLetterQueue.builder()
                    .processingGroup(group)
                    .connectionProvider(connectionProvider)
                    .transactionManager(transactionManager)
                    .schema(deadLetterSchema)
                    .genericSerializer(serializer)
                    .eventSerializer(eventSerializer)
                    .build());
        };
    }
}
