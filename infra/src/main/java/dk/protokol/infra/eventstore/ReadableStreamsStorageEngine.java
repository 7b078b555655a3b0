package dk.protokol.infra.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.UnknownSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

/**
 * Axon's JDBC storage engine, with an aggregate's stream read so that an event that cannot be read stops the load
 * with an {@link UnreadableStoredEvent} naming it (issue 13). Axon reads an aggregate's events lazily: a broken JSON
 * payload failed deep inside the command handler as a {@code SerializationException} (answered 500, the event not
 * named), and an unknown payload type was skipped without a word (the command was then decided on a state without
 * that event). Here each event's payload is read as it is handed to the aggregate; a failure, or a payload of a type
 * this version does not know, becomes the named exception.
 * <p>
 * The tracking streams (the views) are not changed: there Axon's dead-letter queue parks the event.
 */
class ReadableStreamsStorageEngine extends JdbcEventStorageEngine {

    private final JdbcTemplate jdbc;

    ReadableStreamsStorageEngine(Builder builder, JdbcTemplate jdbc) {
        super(builder);
        this.jdbc = jdbc;
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return new Checked(aggregateIdentifier, firstSequenceNumber,
                super.readEvents(aggregateIdentifier, firstSequenceNumber));
    }

    /** The stream an aggregate is loaded from, each event read before it is handed on. */
    private final class Checked implements DomainEventStream {
        private final String aggregateId;
        private final DomainEventStream events;
        private long expected;

        Checked(String aggregateId, long firstSequenceNumber, DomainEventStream events) {
            this.aggregateId = aggregateId;
            this.events = events;
            this.expected = firstSequenceNumber;
        }

        @Override
        public boolean hasNext() {
            try {
                return events.hasNext();
            } catch (RuntimeException failure) {
                throw unreadableFrom(expected, failure);
            }
        }

        @Override
        public DomainEventMessage<?> next() {
            DomainEventMessage<?> message;
            try {
                message = events.next();
            } catch (RuntimeException failure) {
                throw unreadableFrom(expected, failure);
            }
            check(message);
            expected = message.getSequenceNumber() + 1;
            return message;
        }

        @Override
        public DomainEventMessage<?> peek() {
            DomainEventMessage<?> message;
            try {
                message = events.peek();
            } catch (RuntimeException failure) {
                throw unreadableFrom(expected, failure);
            }
            check(message);
            return message;
        }

        @Override
        public Long getLastSequenceNumber() {
            return events.getLastSequenceNumber();
        }

        private void check(DomainEventMessage<?> message) {
            if (message == null) {
                return;
            }
            try {
                if (message.getPayloadType() == UnknownSerializedType.class) {
                    throw new IllegalStateException("Unknown payload type");
                }
                message.getPayload();
            } catch (RuntimeException failure) {
                throw unreadableAt(message.getSequenceNumber(), failure);
            }
        }

        /** The failure came while reading on (an upcaster read the JSON): the first stored event from there on. */
        private UnreadableStoredEvent unreadableFrom(long sequence, RuntimeException failure) {
            if (failure instanceof UnreadableStoredEvent already) {
                return already;
            }
            return named(jdbc.queryForList("SELECT global_index, event_identifier, payload_type, sequence_number "
                    + "FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= ? "
                    + "ORDER BY sequence_number LIMIT 1", aggregateId, sequence), sequence, failure);
        }

        private UnreadableStoredEvent unreadableAt(long sequence, RuntimeException failure) {
            return named(jdbc.queryForList("SELECT global_index, event_identifier, payload_type, sequence_number "
                    + "FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                    aggregateId, sequence), sequence, failure);
        }

        private UnreadableStoredEvent named(List<Map<String, Object>> rows, long sequence, RuntimeException failure) {
            if (rows.isEmpty()) {
                return new UnreadableStoredEvent(aggregateId, sequence, null, null, null, failure);
            }
            Map<String, Object> row = rows.get(0);
            return new UnreadableStoredEvent(aggregateId, ((Number) row.get("sequence_number")).longValue(),
                    ((Number) row.get("global_index")).longValue(), (String) row.get("event_identifier"),
                    (String) row.get("payload_type"), failure);
        }
    }
}
