package dk.protokol.infra.eventstore;

import dk.protokol.infra.node.IdleProcessor;
import dk.protokol.infra.node.NodeRole;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/**
 * Every projection runs in a pooled streaming processor (batches of events in one transaction with
 * the token, so the effect is exactly once) and has a dead-letter queue, so that one poison event
 * parks its own sequence (one aggregate) and every other sequence goes on. Processing groups named in
 * {@code protokol.processing.subscribing} (command-side lookups) instead run in the publishing
 * transaction. On a command node ({@link NodeRole#COMMAND}) the other groups get an {@link IdleProcessor}. Batch size and segments are configuration ({@code protokol.processing.*}). A transient failure
 * (deadlock, serialisation) is not parked but tried again with its batch ({@link RetryTransientFailures}).
 */
@Configuration(proxyBeanMethods = false)
public class EventProcessingConfiguration {

    /**
     * The token store, with a name of this node's own (issue 13). Axon names a node by its JVM ("pid@host"); two
     * nodes with one name each take the other's claim for their own and process the same segment at once: the views
     * lost events and deadlocked (FaultsOnPostgresTest, two nodes in one JVM; likewise two containers that share a
     * host name, each its JVM as pid 1). {@code protokol.node.id} (PROTOKOL_NODE_ID) names the node; unset, the
     * JVM's name with a random suffix, so no two running nodes share one. A restarted node takes its old claims over
     * once they time out ({@code axon.eventhandling.tokenstore.claim-timeout}), as after a crash.
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenSchema tokenSchema,
                                 @Value("${protokol.node.id:}") String nodeId,
                                 @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(nodeId.isBlank() ? defaultNodeId() : nodeId)
                .build();
    }

    /** The processing groups of the handlers in the context that are not subscribing. */
    static Set<String> streamingGroups(ListableBeanFactory beans, Set<String> subscribing) {
        Set<String> groups = new java.util.TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null && !subscribing.contains(group.value())) {
                groups.add(group.value());
            }
        }
        return groups;
    }

    static String defaultNodeId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "#" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Each projection event in its own savepoint, so that a failure in the database parks only it. */
    @Bean
    public SavepointPerEvent savepointPerEvent(ObjectProvider<PlatformTransactionManager> transactions,
                                               @Value("${protokol.processing.subscribing:}") Set<String> subscribing,
                                               @Value("${protokol.processing.careful-for:PT10M}") Duration carefulFor) {
        return new SavepointPerEvent(transactions::getObject, subscribing, carefulFor);
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
            @Value("${protokol.processing.subscribing:}") Set<String> subscribing,
            @Value("${" + NodeRole.PROPERTY + ":}") String role,
            ListableBeanFactory beans) {
        boolean runsViews = NodeRole.of(role).runsViews();
        return new ConfigurerModule() {
            @Override
            public void configureModule(Configurer configurer) {
                EventProcessingConfigurer processing = configurer.eventProcessing();
                if (runsViews) {
                    processing.usingPooledStreamingEventProcessors((config, builder) -> builder
                            .batchSize(batchSize)
                            .initialSegmentCount(segments)
                            .maxClaimedSegments(segments));
                } else {
                    // a command node (issue 15): the views' groups are known but never run here
                    processing.registerEventProcessorFactory((name, config, invoker) -> new IdleProcessor(name));
                }
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
                // Without a cache, Axon asks the dead-letter table for every event whether its sequence is parked: a
                // round trip per event and group (issue 15). The cache keeps, per claimed segment, the sequences
                // known to be parked (checked in the table again before use) and, when the queue was empty at the
                // claim, answers "not parked" for the rest; it is dropped when the segment is released.
                streamingGroups(beans, subscribing).forEach(group -> processing
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (config, builder) -> builder.enableSequenceIdentifierCache()));
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
