package dk.protokol.query.common;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Issue 15: on a node that holds no segment, a segment whose stored token stands behind the position has nothing
     * to wait for when no event in between is one of its own — of its sequences and of a type its processor handles
     * (it stores its token past other events only every few seconds); with one of its own in between, it is waited
     * for, and so it is when the store cannot list the events in between.
     */
    @Test
    void aSegmentBehindThePositionIsDoneWhenNoEventInBetweenIsItsOwn() {
        axon.eventProcessingConfiguration().eventProcessor("counting", StreamingEventProcessor.class).orElseThrow()
                .shutDown();
        Map<Segment, Long> positions = Map.of(Segment.computeSegment(0, 0, 1), 10L,
                Segment.computeSegment(1, 0, 1), 4L);
        // "a".hashCode() is odd (segment 1), "b".hashCode() even (segment 0)
        String handled = Handled.class.getName();
        String notHandled = NotHandled.class.getName();
        List<String> asked = new CopyOnWriteArrayList<>();
        StoredTokens othersOnly = tokens(positions, (after, upTo) -> {
            asked.add(after + "-" + upTo);
            return Optional.of(List.of(new StoredTokens.StoredEvent("a", notHandled),
                    new StoredTokens.StoredEvent("b", handled)));
        });
        assertThat(readYourWrites(Duration.ZERO, othersOnly).await(10, "counting")).isTrue();
        assertThat(asked).containsExactly("4-10");

        StoredTokens oneOfItsOwn = tokens(positions, (after, upTo) -> Optional.of(List.of(
                new StoredTokens.StoredEvent("b", handled), new StoredTokens.StoredEvent("a", handled))));
        assertThat(readYourWrites(Duration.ZERO, oneOfItsOwn).await(10, "counting")).isFalse();
        StoredTokens cannotTell = tokens(positions, (after, upTo) -> Optional.empty());
        assertThat(readYourWrites(Duration.ZERO, cannotTell).await(10, "counting")).isFalse();
        StoredTokens unknownType = tokens(positions, (after, upTo) -> Optional.of(List.of(
                new StoredTokens.StoredEvent("a", "dk.protokol.events.Gone"))));
        assertThat(readYourWrites(Duration.ZERO, unknownType).await(10, "counting")).isFalse();
        StoredTokens halfTheSpace = tokens(Map.of(Segment.computeSegment(0, 0, 1), 10L),
                (after, upTo) -> Optional.of(List.of()));
        assertThat(readYourWrites(Duration.ZERO, halfTheSpace).await(10, "counting"))
                .as("segments that do not cover every sequence").isFalse();
    }

    interface Between {
        Optional<List<StoredTokens.StoredEvent>> events(long after, long upTo);
    }

    private static StoredTokens tokens(Map<Segment, Long> positions, Between between) {
        return new StoredTokens() {
            @Override
            public Map<Segment, Long> positions(String processorName) {
                return positions;
            }

            @Override
            public Optional<List<StoredEvent>> eventsBetween(long after, long upTo) {
                return between.events(after, upTo);
            }
        };
    }

    private ReadYourWrites readYourWrites(Duration maxWait, StoredTokens stored) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("storedTokens", stored);
        return new ReadYourWrites(axon.eventProcessingConfiguration(), maxWait,
                beans.getBeanProvider(StoredTokens.class));
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
