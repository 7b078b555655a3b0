package dk.protokol.query.common;


import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Port to the event store for time travel ({@code asOf}): the recorded events of some aggregate types,
 * in global (commit) order, deserialised and upcast, as the system knew them at an instant. Views
 * fold these with the same pure functions their live projections use.
 */
public interface EventHistory {

    /**
     * Feeds every event of the given aggregate types (e.g. "Body", "Person") recorded at or before
     * {@code asOf} to {@code sink}, in global order. Streams; never loads the whole store.
     */
    void replay(Set<String> aggregateTypes, Instant asOf, Consumer<RecordedEvent> sink);

    /** Like {@link #replay(Set, Instant, Consumer)} for the events of one aggregate. */
    void replayAggregate(String aggregateId, Instant asOf, Consumer<RecordedEvent> sink);

    /**
     * Like {@link #replayAggregate(String, Instant, Consumer)}, but an event that cannot be read (its stored JSON
     * broken, its payload type unknown) reaches {@code sink} as a {@link RecordedEvent} whose payload is an
     * {@link UnreadableEvent} (metadata empty), instead of failing the replay: for a history, which tells what is
     * there. The folds of the views use the other methods.
     */
    default void replayAggregateTellingUnreadable(String aggregateId, Instant asOf, Consumer<RecordedEvent> sink) {
        replayAggregate(aggregateId, asOf, sink);
    }
}
