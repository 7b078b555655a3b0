package dk.protokol.query.operations;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What an operator runs (issue 12): a rebuild of every view with its progress, and the parked (dead-lettered) events
 * per processing group, retried or evicted. Each action is recorded as an event with who did it. One implementation
 * in infra; the API ({@code /api/admin/rebuild}, {@code /api/admin/dead-letters}) and the administrator's page
 * "Drift" both go through it.
 */
public interface Operations {

    /** The refusal of an eviction without a reason, in the API and on the page. */
    String REASON_REQUIRED = "Skriv, hvorfor de parkerede hændelser opgives.";
    int REASON_MAX = 500;
    String REASON_TOO_LONG = "Begrundelsen må højst være " + REASON_MAX + " tegn.";

    /**
     * Resets every view and replays; answers the progress as it starts. Refused while a rebuild runs
     * ({@link IllegalStateException} with a Danish message).
     */
    RebuildProgress startRebuild(String requestedBy);

    /** The last rebuild's progress on this node (IDLE before any). */
    RebuildProgress rebuildProgress();

    List<DeadLetterGroup> deadLetterGroups();

    List<DeadLetterSequence> deadLetterSequences();

    /** Offers the group's parked sequences again; empty for a group without a queue. */
    Optional<Integer> retry(String group, String retriedBy);

    /**
     * Gives up on one parked sequence of the group, or all of them when {@code sequence} is null; the reason is
     * required ({@link IllegalArgumentException} with the Danish message otherwise: the API and the page refuse
     * alike). Empty for a group without a queue.
     */
    Optional<Integer> evict(String group, String sequence, String evictedBy, String reason);

    /**
     * {@code state}: IDLE, RUNNING or DONE; {@code done} of {@code total} positions replayed by the slowest view,
     * the rate since the start and the seconds left at that rate; who started it and when.
     */
    record RebuildProgress(String state, long done, long total, double eventsPerSecond, Long secondsLeft,
                           List<String> processingGroups, String requestedBy, Instant startedAt, Instant finishedAt) {

        public int percent() {
            return total <= 0 ? (state.equals("DONE") ? 100 : 0) : (int) Math.min(100, done * 100 / total);
        }
    }

    /** A group's parked sequences and events. */
    record DeadLetterGroup(String group, long sequences, long letters) {
    }

    /** One parked sequence: how many events wait, the first one's type, when it was parked and why. */
    record DeadLetterSequence(String group, String sequence, long letters, String firstEventType, String enqueuedAt,
                              String causeType, String causeMessage) {
    }
}
