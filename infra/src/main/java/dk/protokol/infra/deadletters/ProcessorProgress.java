package dk.protokol.infra.deadletters;

import dk.protokol.query.common.StoredTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each view's streaming processor has come (issue 13): the store's head, the slowest segment's stored position
 * (the tokens are shared by every node), the lag between them, and whether the processor is stuck. Stuck: a segment
 * of it on this node is in error state (Axon retries its batch without parking anything, as when parking itself
 * fails), or its slowest position has stayed behind the head without moving for {@code
 * protokol.processing.stuck-after} (default 2 minutes; seen over successive looks, so a monitor's polling finds it).
 */
@Component
public class ProcessorProgress {

    /** One processor (one processing group): its lag and, when stuck, why ({@code null} when not stuck). */
    public record Group(String group, long head, long slowest, long lag, String stuck) {
    }

    private record Seen(long position, Instant since) {
    }

    private final EventProcessingConfiguration processing;
    private final StoredTokens tokens;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration stuckAfter;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    ProcessorProgress(EventProcessingConfiguration processing, StoredTokens tokens, JdbcTemplate jdbc, Clock clock,
                      @Value("${protokol.processing.stuck-after:PT2M}") Duration stuckAfter) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    /** The names of the streaming processors, sorted. */
    public List<String> groups() {
        return List.copyOf(streaming().keySet());
    }

    public List<Group> progress() {
        long head = head();
        List<Group> groups = new ArrayList<>();
        streaming().forEach((name, processor) -> groups.add(progress(name, processor, head)));
        return groups;
    }

    /** The lag of one processor: the head's position minus its slowest segment's (0 when caught up). */
    public long lag(String group) {
        StreamingEventProcessor processor = streaming().get(group);
        return processor == null ? 0 : progress(group, processor, head()).lag();
    }

    private Group progress(String name, StreamingEventProcessor processor, long head) {
        // stored tokens for every node's segments; for the segments this node works on, what it has handled: a segment
        // whose share of a burst is empty stores its token only when it extends its claim (every 5 s), so the stored
        // position alone showed a lag of up to 5 s after every burst (issue 15)
        Map<Integer, Long> positions = new HashMap<>();
        tokens.positions(name).forEach((segment, position) -> positions.put(segment.getSegmentId(), position));
        processor.processingStatus().forEach((segment, status) -> {
            if (!status.isErrorState() && positions.containsKey(segment)) {
                status.getCurrentPosition().ifPresent(position -> positions.merge(segment, position, Math::max));
            }
        });
        long slowest = positions.values().stream().mapToLong(Long::longValue).min().orElse(-1);
        long lag = Math.max(0, head - slowest);
        String stuck = errorOf(processor);
        Instant now = clock.instant();
        Seen before = seen.compute(name, (key, last) -> last == null || last.position() != slowest || lag == 0
                ? new Seen(slowest, now) : last);
        if (stuck == null && lag > 0 && !before.since().plus(stuckAfter).isAfter(now)) {
            stuck = "Står stille på position " + slowest + " siden " + before.since() + " (hovedet er " + head + ")";
        }
        return new Group(name, head, slowest, lag, stuck);
    }

    private static String errorOf(StreamingEventProcessor processor) {
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            if (status.isErrorState()) {
                Throwable error = status.getError();
                return "Segment " + status.getSegment().getSegmentId() + " fejler og prøves igen: "
                        + (error == null ? "ukendt fejl" : error.getClass().getSimpleName() + ": " + error.getMessage());
            }
        }
        return null;
    }

    private long head() {
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }

    private Map<String, StreamingEventProcessor> streaming() {
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        return processors;
    }
}
