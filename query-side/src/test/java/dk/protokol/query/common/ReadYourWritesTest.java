package dk.protokol.query.common;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read-your-writes against a real pooled streaming processor (in-memory store, two segments, as
 * configured in infra). The store's first event has position 0.
 */
class ReadYourWritesTest {

    record Handled(String id) {
    }

    record NotHandled(String id) {
    }

    @ProcessingGroup("counting")
    static class Counting {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @EventHandler
        void on(Handled event) {
            seen.add(event.id());
        }
    }

    private final Counting counting = new Counting();
    private Configuration axon;

    @BeforeEach
    void start() {
        axon = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .usingPooledStreamingEventProcessors((config, builder) -> builder
                                .batchSize(10).initialSegmentCount(2).maxClaimedSegments(2))
                        .registerEventHandler(config -> counting))
                .buildConfiguration();
        axon.start();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void waitsUntilTheProcessorHasHandledThePosition() {
        publish(new Handled("a"), new Handled("b"));

        assertThat(readYourWrites(Duration.ofSeconds(5)).await(1, "counting")).isTrue();
        assertThat(counting.seen).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void positionAdvancesOverEventsTheProcessorDoesNotHandle() {
        publish(new Handled("a"), new NotHandled("x"), new NotHandled("y"), new NotHandled("z"));

        assertThat(readYourWrites(Duration.ofSeconds(5)).await(3, "counting")).isTrue();
        assertThat(counting.seen).containsExactly("a");
        assertThat(positions()).allSatisfy(position -> assertThat(position).isGreaterThanOrEqualTo(3));
    }

    @Test
    void givesUpAfterTheMaximumWaitWhenThePositionNeverComes() {
        publish(new Handled("a"));

        long started = System.nanoTime();
        assertThat(readYourWrites(Duration.ofMillis(200)).await(99, "counting")).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(200),
                Duration.ofSeconds(2));
    }

    @Test
    void doesNotWaitForAProcessorThatIsNotRunHere() {
        long started = System.nanoTime();
        assertThat(readYourWrites(Duration.ofSeconds(5)).await(0, "elsewhere")).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void noPositionMeansNothingToWaitFor() {
        assertThat(readYourWrites(Duration.ZERO).await(-1, "counting")).isTrue();
    }

    private ReadYourWrites readYourWrites(Duration maxWait) {
        return new ReadYourWrites(axon.eventProcessingConfiguration(), maxWait, new org.springframework.beans.factory.support.StaticListableBeanFactory().getBeanProvider(StoredTokens.class));
    }

    private void publish(Object... payloads) {
        for (Object payload : payloads) {
            axon.eventBus().publish(GenericEventMessage.asEventMessage(payload));
        }
    }

    private List<Long> positions() {
        StreamingEventProcessor processor = axon.eventProcessingConfiguration()
                .eventProcessor("counting", StreamingEventProcessor.class).orElseThrow();
        return processor.processingStatus().values().stream()
                .map(status -> status.getCurrentPosition().orElse(-1)).toList();
    }
}
