package dk.protokol.query.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The record as an evaluator audits it (issue 12): the event log with who and in which request, the audit chain's
 * state and its checkpoints. One implementation, over the event store and the chain (infra's {@code JdbcAuditTrail});
 * the API and the evaluator's page "Revision" both read through it.
 */
public interface AuditTrail {

    /** Events in position order after {@code after}, at most {@code limit}, filtered by aggregate and recording time. */
    List<AuditEvent> events(Filter filter);

    /** Recomputes the whole chain and compares it with the recorded checkpoints and any given ones. */
    Verification verify(List<GivenCheckpoint> given);

    /** The recorded checkpoints, newest first. */
    List<CheckpointView> checkpoints();

    /** The checkpoint at a position, if one was recorded there. */
    Optional<CheckpointView> checkpoint(long position);

    /**
     * Records a checkpoint at the chain's head (on demand; the scheduler records them at an interval); an empty chain
     * is refused with {@link IllegalStateException} and its Danish message.
     */
    CheckpointView recordCheckpoint(String recordedBy, String reason);

    /** What the log is filtered by; every part optional. */
    record Filter(String aggregateId, Long after, int limit, Instant from, Instant to) {
        public static final int MAX_LIMIT = 1000;
        public static final int DEFAULT_LIMIT = 100;
    }

    /** A checkpoint kept outside the system: position and hash (hex). */
    record GivenCheckpoint(long position, String hash) {
    }

    /** One stored event. {@code payload} is the stored JSON as text (personal data in it stays sealed). */
    record AuditEvent(long position, Instant recordedAt, String eventType, String revision, String aggregateType,
                      String aggregateId, long sequenceNumber, String eventId, String who, String correlationId,
                      String payload, String hash) {
    }

    /** A checkpoint: the chain's hash (hex) at a position, how many events it covers, when and by whom. */
    record CheckpointView(long position, String hash, long events, Instant recordedAt, String recordedBy,
                          String reason) {
    }

    /** The first bad position, what is wrong (ALTERED, MISSING, NOT_CHAINED, OUT_OF_ORDER, CHECKPOINT, TRUNCATED). */
    record Mismatch(long position, String kind, String reason) {
    }

    /**
     * The chain recomputed: whole or not, how many events, the head (position and hash), the first mismatch, and how
     * many checkpoints were compared and matched. {@code storeHead} is the store's last position (the same as the
     * chain's when it is whole).
     */
    record Verification(boolean verified, long events, Long headPosition, String head, Mismatch firstMismatch,
                        long mismatches, int checkpointsChecked, int checkpointsMatched, Instant verifiedAt,
                        long millis) {
    }
}
