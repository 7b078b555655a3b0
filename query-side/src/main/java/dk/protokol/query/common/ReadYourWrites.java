package dk.protokol.query.common;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.Segment;
import org.springframework.beans.factory.ObjectProvider;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Read-your-writes (DESIGN.md): a query that names the position of a command's last event waits,
 * bounded, until the projections it reads have processed that far. A pooled streaming processor's
 * segments each report the position of their token, and the token advances over events the processor
 * has no handler for too, so "every segment at or past the position" is the whole condition.
 */
@Component
public class ReadYourWrites {

    /** Set on an answer given after the wait ran out: the view may lack the caller's own change. */
    public static final String STALE_HEADER = "X-Protokol-Stale";

    /**
     * Every view resolves names of people and bodies at read time from these two views, so every wait
     * includes them where they run: otherwise a fresh answer could lack a name it should show.
     */
    static final String[] NAME_GROUPS = {"people", "bodies"};

    private static final long FIRST_PAUSE_MILLIS = 2;
    private static final long LONGEST_PAUSE_MILLIS = 50;
    /** Segments cover the hash space in fractions 1/(mask+1); in these units the whole space is 2^32. */
    private static final long WHOLE_SPACE = 1L << 32;

    private final EventProcessingConfiguration processing;
    private final Duration maxWait;
    private final StoredTokens stored;

    public ReadYourWrites(EventProcessingConfiguration processing,
                          @Value("${protokol.read-your-writes.max-wait:5s}") Duration maxWait,
                          ObjectProvider<StoredTokens> stored) {
        this.processing = processing;
        this.maxWait = maxWait;
        this.stored = stored.getIfAvailable(() -> StoredTokens.NONE);
    }

    /**
     * A query's HTTP answer after read-your-writes: waits for {@code minPosition} in the groups (not for an
     * {@code asOf} view, which is replayed from the store and waits for nothing), then answers the query, marked
     * with {@link #STALE_HEADER} when the wait ran out.
     */
    public <T> ResponseEntity<T> answer(Long minPosition, Instant asOf, Supplier<T> query, String... processingGroups) {
        boolean current = minPosition == null || asOf != null || await(minPosition, processingGroups);
        T body = query.get();
        return current ? ResponseEntity.ok(body) : ResponseEntity.ok().header(STALE_HEADER, "true").body(body);
    }

    /**
     * Waits until every named processing group has processed at least {@code minPosition}, at most
     * {@code protokol.read-your-writes.max-wait}. Returns whether they got there; a caller that gets
     * {@code false} answers anyway and marks the answer with {@link #STALE_HEADER}.
     */
    public boolean await(long minPosition, String... processingGroups) {
        if (minPosition < 0) {
            return true;
        }
        String[] groups = Stream.concat(Arrays.stream(processingGroups), Arrays.stream(NAME_GROUPS)
                        .filter(group -> processing.eventProcessorByProcessingGroup(group).isPresent()))
                .distinct().toArray(String[]::new);
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (true) {
            Progress progress = progress(minPosition, groups);
            if (progress == Progress.REACHED) {
                return true;
            }
            if (progress == Progress.NEVER || System.nanoTime() - deadline >= 0) {
                return false;
            }
            try {
                Thread.sleep(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
        }
    }

    private enum Progress { REACHED, BEHIND, NEVER }

    private Progress progress(long minPosition, String... processingGroups) {
        Progress overall = Progress.REACHED;
        for (String group : processingGroups) {
            Optional<EventProcessor> processor = processing.eventProcessorByProcessingGroup(group);
            if (processor.isEmpty()) {
                // not run on this node (e.g. a command node): waiting cannot help
                return Progress.NEVER;
            }
            if (processor.get() instanceof SubscribingEventProcessor) {
                continue; // it handles events in the publishing transaction: always current
            }
            if (processor.get() instanceof StreamingEventProcessor streaming
                    ? !reached(streaming, minPosition)
                    // a group this node knows but does not run (a command node, issue 15): the query nodes' tokens
                    : !reachedByStoredTokens(processor.get().getName(), minPosition)) {
                overall = Progress.BEHIND;
            }
        }
        return overall;
    }

    /**
     * For a group this node knows but does not run (a command node's idle processor, issue 15): the shared token
     * store's positions must cover every sequence at or past {@code minPosition}.
     */
    private boolean reachedByStoredTokens(String processorName, long minPosition) {
        Map<Segment, Long> positions = stored.positions(processorName);
        if (positions.isEmpty()) {
            return false;
        }
        long covered = 0;
        for (Map.Entry<Segment, Long> segment : positions.entrySet()) {
            if (segment.getValue() < minPosition) {
                return false;
            }
            covered += WHOLE_SPACE / ((long) segment.getKey().getMask() + 1);
        }
        return covered >= WHOLE_SPACE;
    }

    /**
     * Every segment of the processor has processed everything of its own up to {@code minPosition}. A segment's
     * position is the furthest of what this node's status says (for the segments it holds: in memory, past the events
     * of other segments at once) and what its token in the shared token store says (for every segment, also those
     * another node processes: the views are committed with it; issue 13). A segment behind the position is done all
     * the same when no event between its position and the position is one of its own (issue 15: a segment stores its
     * token past other segments' events, and past events its processor has no handler for, only when it extends its
     * claim, every five seconds, or not at all; so a read on another node waited out its time and answered stale).
     * The segments must cover every sequence.
     */
    private boolean reached(StreamingEventProcessor processor, long minPosition) {
        if (reached(processor.processingStatus().values(), minPosition)) {
            // this node holds every segment, and each has got there: nothing to ask the database
            return true;
        }
        Map<Integer, Segment> segments = new HashMap<>();
        Map<Integer, Long> positions = new HashMap<>();
        stored.positions(processor.getName()).forEach((segment, position) -> {
            segments.put(segment.getSegmentId(), segment);
            positions.put(segment.getSegmentId(), position);
        });
        processor.processingStatus().forEach((id, status) -> {
            segments.put(id, status.getSegment());
            positions.merge(id, status.getCurrentPosition().orElse(-1), Math::max);
        });
        if (segments.isEmpty()) {
            return false;
        }
        long covered = 0;
        for (Map.Entry<Integer, Segment> segment : segments.entrySet()) {
            long position = positions.get(segment.getKey());
            if (position < minPosition && anyOwnEvent(processor, segment.getValue(), position, minPosition)) {
                return false;
            }
            covered += WHOLE_SPACE / ((long) segment.getValue().getMask() + 1);
        }
        return covered >= WHOLE_SPACE;
    }

    /**
     * Whether an event after {@code after} up to {@code upTo} is one the segment must handle: the processor has a
     * handler for its type and its sequence (aggregate) falls into the segment, as Axon's invoker decides. Every
     * event counts when the store cannot list them or a type is not known here.
     */
    private boolean anyOwnEvent(StreamingEventProcessor processor, Segment segment, long after, long upTo) {
        Optional<List<StoredTokens.StoredEvent>> events = stored.eventsBetween(after, upTo);
        if (events.isEmpty()) {
            return true;
        }
        EventHandlerInvoker invoker = processor instanceof AbstractEventProcessor withInvoker
                ? withInvoker.eventHandlerInvoker() : null;
        for (StoredTokens.StoredEvent event : events.get()) {
            if (segment.matches(Objects.hashCode(event.sequence())) && handles(invoker, event.payloadType())) {
                return true;
            }
        }
        return false;
    }

    private boolean handles(EventHandlerInvoker invoker, String payloadType) {
        if (invoker == null || payloadType == null) {
            return true;
        }
        try {
            return invoker.canHandleType(Class.forName(payloadType, false, getClass().getClassLoader()));
        } catch (ClassNotFoundException | LinkageError unknown) {
            return true;
        }
    }

    /**
     * Only segments claimed on this node report a status; unless together they cover every sequence,
     * some events are processed elsewhere and this node cannot tell whether they are done.
     */
    static boolean reached(Collection<EventTrackerStatus> segments, long minPosition) {
        long covered = 0;
        for (EventTrackerStatus status : segments) {
            if (status.getCurrentPosition().orElse(-1) < minPosition) {
                return false;
            }
            covered += WHOLE_SPACE / ((long) status.getSegment().getMask() + 1);
        }
        return covered >= WHOLE_SPACE;
    }
}
