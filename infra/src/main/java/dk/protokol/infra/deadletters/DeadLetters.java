package dk.protokol.infra.deadletters;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The dead-letter queue as an operator sees it (issue 13): which processing group has parked which sequences (an
 * aggregate whose events a projection could not take), with the first parked event and why; and a retry that lets
 * the group take its parked sequences again, in order, once the cause is fixed. Read straight from Axon's
 * {@code dead_letter_entry}; retried through Axon's own dead-letter processor of the group.
 */
@Component
public class DeadLetters {

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;

    DeadLetters(JdbcTemplate jdbc, EventProcessingConfiguration processing) {
        this.jdbc = jdbc;
        this.processing = processing;
    }

    /** A group's parked sequences and letters. */
    public record Group(String group, long sequences, long letters) {
    }

    /**
     * One parked sequence: its group, the sequence (usually an aggregate's id), how many of its events wait, the
     * first one's type and when it was parked, and the cause.
     */
    public record Sequence(String group, String sequence, long letters, String firstEventType, String enqueuedAt,
                           String causeType, String causeMessage) {
    }

    public List<Group> groups() {
        return jdbc.query("SELECT processing_group, COUNT(DISTINCT sequence_identifier) AS sequences,"
                        + " COUNT(*) AS letters FROM dead_letter_entry GROUP BY processing_group"
                        + " ORDER BY processing_group",
                (row, n) -> new Group(row.getString("processing_group"), row.getLong("sequences"),
                        row.getLong("letters")));
    }

    public List<Sequence> sequences() {
        return jdbc.query("SELECT d.processing_group, d.sequence_identifier, d.payload_type, d.enqueued_at,"
                        + " d.cause_type, d.cause_message, (SELECT COUNT(*) FROM dead_letter_entry c"
                        + " WHERE c.processing_group = d.processing_group"
                        + " AND c.sequence_identifier = d.sequence_identifier) AS letters"
                        + " FROM dead_letter_entry d WHERE d.sequence_index = (SELECT MIN(f.sequence_index)"
                        + " FROM dead_letter_entry f WHERE f.processing_group = d.processing_group"
                        + " AND f.sequence_identifier = d.sequence_identifier)"
                        + " ORDER BY d.processing_group, d.enqueued_at, d.sequence_identifier",
                (row, n) -> new Sequence(row.getString("processing_group"), row.getString("sequence_identifier"),
                        row.getLong("letters"), row.getString("payload_type"), row.getString("enqueued_at"),
                        row.getString("cause_type"), row.getString("cause_message")));
    }

    /**
     * Lets the group take its parked sequences again, oldest first, each event of a sequence in order; a sequence
     * that fails again stays parked (with its new cause). Answers how many sequences were taken; empty for a group
     * without a dead-letter queue.
     */
    public Optional<Integer> retry(String group) {
        Optional<SequencedDeadLetterProcessor<org.axonframework.eventhandling.EventMessage<?>>> processor =
                processing.sequencedDeadLetterProcessor(group);
        if (processor.isEmpty()) {
            return Optional.empty();
        }
        int taken = 0;
        long parked = count(group);
        // each call takes one sequence; a sequence that fails again stays, so stop after one round
        for (long i = 0; i < parked && processor.get().processAny(); i++) {
            taken++;
        }
        return Optional.of(taken);
    }

    /**
     * Gives up on one parked sequence of the group (all of its events), or on all of the group's sequences when
     * {@code sequence} is null. Answers how many events were evicted; empty for a group without a dead-letter queue.
     */
    public Optional<Integer> evict(String group, String sequence) {
        Optional<SequencedDeadLetterQueue<org.axonframework.eventhandling.EventMessage<?>>> queue =
                processing.deadLetterQueue(group);
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        if (sequence == null) {
            Long letters = jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_entry WHERE processing_group = ?",
                    Long.class, group);
            queue.get().clear();
            return Optional.of(letters == null ? 0 : letters.intValue());
        }
        // read the whole sequence first: evicting while paging through it would skip letters
        List<DeadLetter<? extends org.axonframework.eventhandling.EventMessage<?>>> letters = new java.util.ArrayList<>();
        queue.get().deadLetterSequence(sequence).forEach(letters::add);
        letters.forEach(letter -> queue.get().evict(letter));
        return Optional.of(letters.size());
    }

    private long count(String group) {
        Long sequences = jdbc.queryForObject("SELECT COUNT(DISTINCT sequence_identifier) FROM dead_letter_entry"
                + " WHERE processing_group = ?", Long.class, group);
        return sequences == null ? 0 : sequences;
    }
}
