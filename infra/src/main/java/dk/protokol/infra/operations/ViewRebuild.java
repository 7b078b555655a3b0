package dk.protokol.infra.operations;

import dk.protokol.events.operations.ViewsRebuildStarted;
import dk.protokol.query.operations.Operations.RebuildProgress;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Rebuilds every view from the events (issue 12): each streaming processor is stopped, its parked events cleared
 * (what still fails parks again), its tokens reset (its reset handler empties its tables) and started again, so it
 * replays from the first event. Progress is the slowest view's position against the store's head when the rebuild
 * began. The command side's lookups run in the publishing transaction and are not views: they are not rebuilt here.
 * On several nodes, every node must release its segments first (Axon resets only tokens it can claim all of).
 */
@Component
public class ViewRebuild {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuild.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final OperationRecorder recorder;
    private final Clock clock;
    private volatile Run current;

    public ViewRebuild(EventProcessingConfiguration processing, JdbcTemplate jdbc, OperationRecorder recorder,
                       Clock clock) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** A rebuild already running on this node. */
    public static class AlreadyRunning extends IllegalStateException {
        AlreadyRunning() {
            super("En genopbygning af visningerne kører allerede; vent, til den er færdig.");
        }
    }

    private record Run(List<String> groups, long total, String requestedBy, Instant startedAt,
                       long startedNanos, Instant[] finishedAt) {
    }

    public synchronized RebuildProgress start(String requestedBy) {
        if (current != null && progress().state().equals("RUNNING")) {
            throw new AlreadyRunning();
        }
        Map<String, StreamingEventProcessor> processors = streaming();
        List<String> groups = List.copyOf(processors.keySet());
        recorder.record(new ViewsRebuildStarted(groups, requestedBy));
        Long head = jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
        log.info("Rebuilding views {} up to position {}, asked by {}", groups, head, requestedBy);
        processors.values().forEach(StreamingEventProcessor::shutDown);
        processors.forEach((group, processor) -> {
            processing.deadLetterQueue(group).ifPresent(queue -> queue.clear());
            processor.resetTokens();
        });
        current = new Run(groups, head == null ? 0 : head, requestedBy, clock.instant(), System.nanoTime(),
                new Instant[1]);
        processors.values().forEach(StreamingEventProcessor::start);
        return progress();
    }

    public RebuildProgress progress() {
        Run run = current;
        if (run == null) {
            return new RebuildProgress("IDLE", 0, 0, 0, null, List.of(), null, null, null);
        }
        Map<String, StreamingEventProcessor> processors = streaming();
        long done = Long.MAX_VALUE;
        boolean replaying = false;
        for (String group : run.groups()) {
            StreamingEventProcessor processor = processors.get(group);
            if (processor == null) {
                continue;
            }
            Map<Integer, EventTrackerStatus> status = processor.processingStatus();
            if (status.isEmpty()) {
                done = 0;
                replaying = true;
                continue;
            }
            for (EventTrackerStatus segment : status.values()) {
                OptionalLong position = segment.getCurrentPosition();
                done = Math.min(done, position.orElse(0));
                // Axon leaves replay only at the first event after the reset point, so "replaying" may last until
                // the next event is recorded: done is every segment at the head seen when the rebuild began
                replaying |= segment.isErrorState() || position.isEmpty();
            }
        }
        done = done == Long.MAX_VALUE ? run.total() : Math.min(done, run.total());
        boolean finished = !replaying && done >= run.total();
        if (finished && run.finishedAt()[0] == null) {
            run.finishedAt()[0] = clock.instant();
        }
        double seconds = Math.max(0.001, (System.nanoTime() - run.startedNanos()) / 1e9);
        double rate = run.finishedAt()[0] != null
                ? run.total() / Math.max(0.001, Duration.between(run.startedAt(), run.finishedAt()[0]).toMillis() / 1e3)
                : done / seconds;
        Long left = finished ? Long.valueOf(0) : rate <= 0 ? null : (long) Math.ceil((run.total() - done) / rate);
        return new RebuildProgress(finished ? "DONE" : "RUNNING", done, run.total(), Math.round(rate * 10) / 10.0,
                left, run.groups(), run.requestedBy(), run.startedAt(), run.finishedAt()[0]);
    }

    /**
     * Streaming groups that are not views: the mail's outbox (issue 14) records what was sent and must never be reset,
     * or a rebuild would mail everything again.
     */
    static final java.util.Set<String> NOT_VIEWS = java.util.Set.of(dk.protokol.infra.mail.MailProcessor.PROCESSING_GROUP);

    private Map<String, StreamingEventProcessor> streaming() {
        Map<String, StreamingEventProcessor> processors = new java.util.TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (NOT_VIEWS.contains(name)) {
                return;
            }
            if (processor instanceof StreamingEventProcessor streaming && streaming.supportsReset()) {
                processors.put(name, streaming);
            }
        });
        return processors;
    }
}
