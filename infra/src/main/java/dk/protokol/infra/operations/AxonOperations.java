package dk.protokol.infra.operations;

import dk.protokol.events.operations.DeadLettersEvicted;
import dk.protokol.events.operations.DeadLettersRetried;
import dk.protokol.infra.deadletters.DeadLetters;
import dk.protokol.query.operations.Operations;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The operator's port over the rebuild and Axon's dead-letter queues; every action recorded as an event. */
@Component
public class AxonOperations implements Operations {

    private final ViewRebuild rebuild;
    private final DeadLetters deadLetters;
    private final OperationRecorder recorder;

    public AxonOperations(ViewRebuild rebuild, DeadLetters deadLetters, OperationRecorder recorder) {
        this.rebuild = rebuild;
        this.deadLetters = deadLetters;
        this.recorder = recorder;
    }

    @Override
    public RebuildProgress startRebuild(String requestedBy) {
        return rebuild.start(requestedBy);
    }

    @Override
    public RebuildProgress rebuildProgress() {
        return rebuild.progress();
    }

    @Override
    public List<DeadLetterGroup> deadLetterGroups() {
        return deadLetters.groups().stream()
                .map(g -> new DeadLetterGroup(g.group(), g.sequences(), g.letters())).toList();
    }

    @Override
    public List<DeadLetterSequence> deadLetterSequences() {
        return deadLetters.sequences().stream()
                .map(s -> new DeadLetterSequence(s.group(), s.sequence(), s.letters(), s.firstEventType(),
                        s.enqueuedAt(), s.causeType(), s.causeMessage())).toList();
    }

    @Override
    public Optional<Integer> retry(String group, String retriedBy) {
        Optional<Integer> taken = deadLetters.retry(group);
        // a retry that found nothing parked changed nothing: nothing to record
        taken.filter(count -> count > 0).ifPresent(count ->
                recorder.record(new DeadLettersRetried(group, count, retriedBy)));
        return taken;
    }

    @Override
    public Optional<Integer> evict(String group, String sequence, String evictedBy, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException(REASON_REQUIRED);
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new IllegalArgumentException(REASON_TOO_LONG);
        }
        Optional<Integer> evicted = deadLetters.evict(group, sequence);
        evicted.filter(count -> count > 0).ifPresent(count ->
                recorder.record(new DeadLettersEvicted(group, sequence, count, evictedBy, reason)));
        return evicted;
    }
}
