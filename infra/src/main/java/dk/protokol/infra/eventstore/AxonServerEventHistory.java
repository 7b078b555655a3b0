package dk.protokol.infra.eventstore;

import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.RecordedEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The as-of history on Axon Server (issue 15, item 4), through the event store's own reads (upcast by the
 * configuration's upcaster chain, as the JDBC history's are): an aggregate's events from its stream (sequence 0 on, no
 * snapshot), and the events of some aggregate types from the whole stream, tail to the head seen at the start.
 * Axon Server has no index by aggregate type, so {@link #replay} reads the whole store: slower than the JDBC history's
 * {@code WHERE type IN (..)}, which the README says. An aggregate's events come without their global position:
 * {@link RecordedEvent#position()} is -1 there.
 */
public class AxonServerEventHistory implements EventHistory {

    private final EventStore eventStore;

    public AxonServerEventHistory(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public void replay(Set<String> aggregateTypes, Instant asOf, Consumer<RecordedEvent> sink) {
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        if (headPosition < 0) {
            return;
        }
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            TrackedEventMessage<?> event;
            do {
                event = stream.nextAvailable();
                long position = event.trackingToken().position().orElse(Long.MAX_VALUE);
                if (event instanceof DomainEventMessage<?> domain && aggregateTypes.contains(domain.getType())
                        && !event.getTimestamp().isAfter(asOf == null ? Instant.MAX : asOf)) {
                    sink.accept(recorded(position, domain));
                }
                if (position >= headPosition) {
                    return;
                }
            } while (true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while replaying the history", e);
        }
    }

    @Override
    public void replayAggregate(String aggregateId, Instant asOf, Consumer<RecordedEvent> sink) {
        DomainEventStream events = eventStore.readEvents(aggregateId, 0);
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (asOf == null || !event.getTimestamp().isAfter(asOf)) {
                sink.accept(recorded(-1, event));
            }
        }
    }

    private static RecordedEvent recorded(long position, DomainEventMessage<?> event) {
        return new RecordedEvent(position, event.getTimestamp(), event.getType(), event.getAggregateIdentifier(),
                event.getSequenceNumber(), event.getPayload(), event.getMetaData());
    }
}
