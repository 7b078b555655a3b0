package dk.protokol.infra.eventstore;

import dk.protokol.query.common.EventHistory;
import dk.protokol.query.common.RecordedEvent;
import dk.protokol.query.common.UnreadableEvent;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Time travel reads the event table directly, row by row in global order (a cursor: PostgreSQL streams
 * only inside a transaction with a fetch size), and deserialises each event through Axon's serializer
 * and upcaster chain, so an as-of view sees exactly what the live projections saw.
 */
@Component
public class JdbcEventHistory implements EventHistory {

    private static final int FETCH_SIZE = 500;
    private static final String COLUMNS = "global_index, type, aggregate_identifier, sequence_number, "
            + "event_identifier, time_stamp, payload_type, payload_revision, payload, meta_data";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final Serializer serializer;
    private final Configuration axon;

    public JdbcEventHistory(DataSource dataSource, PlatformTransactionManager transactionManager,
                            @Qualifier("eventSerializer") Serializer serializer, Configuration axon) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.serializer = serializer;
        this.axon = axon;
    }

    @Override
    public void replay(Set<String> aggregateTypes, Instant asOf, Consumer<RecordedEvent> sink) {
        if (aggregateTypes.isEmpty()) {
            return;
        }
        stream("SELECT " + COLUMNS + " FROM domain_event_entry WHERE type IN (:types) ORDER BY global_index",
                new MapSqlParameterSource("types", aggregateTypes), asOf, sink, false);
    }

    @Override
    public void replayAggregate(String aggregateId, Instant asOf, Consumer<RecordedEvent> sink) {
        stream("SELECT " + COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = :id "
                        + "ORDER BY sequence_number",
                new MapSqlParameterSource("id", aggregateId), asOf, sink, false);
    }

    @Override
    public void replayAggregateTellingUnreadable(String aggregateId, Instant asOf, Consumer<RecordedEvent> sink) {
        stream("SELECT " + COLUMNS + " FROM domain_event_entry WHERE aggregate_identifier = :id "
                        + "ORDER BY sequence_number",
                new MapSqlParameterSource("id", aggregateId), asOf, sink, true);
    }

    private void stream(String sql, MapSqlParameterSource parameters, Instant asOf, Consumer<RecordedEvent> sink,
                        boolean tellUnreadable) {
        EventUpcaster upcasters = axon.upcasterChain();
        readOnly.executeWithoutResult(status -> jdbc.query(sql, parameters, (ResultSet row) -> {
            Instant recordedAt = Instant.parse(row.getString("time_stamp"));
            if (asOf != null && recordedAt.isAfter(asOf)) {
                return;
            }
            emit(row, recordedAt, upcasters, sink, tellUnreadable);
        }));
    }

    private void emit(ResultSet row, Instant recordedAt, EventUpcaster upcasters, Consumer<RecordedEvent> sink,
                      boolean tellUnreadable) throws SQLException {
        long position = row.getLong("global_index");
        String aggregateType = row.getString("type");
        String aggregateId = row.getString("aggregate_identifier");
        long sequence = row.getLong("sequence_number");
        GenericDomainEventEntry<byte[]> entry = new GenericDomainEventEntry<>(
                aggregateType, aggregateId, sequence, row.getString("event_identifier"), recordedAt,
                row.getString("payload_type"), row.getString("payload_revision"),
                row.getBytes("payload"), row.getBytes("meta_data"));
        if (!tellUnreadable) {
            try (Stream<? extends DomainEventMessage<?>> messages = EventStreamUtils.upcastAndDeserializeDomainEvents(
                    Stream.of(entry), serializer, upcasters).asStream()) {
                messages.forEach(message -> sink.accept(new RecordedEvent(position, recordedAt, aggregateType,
                        aggregateId, sequence, message.getPayload(), message.getMetaData())));
            }
            return;
        }
        // read the whole row before telling it, so that a row that breaks half-way is told once, as unreadable
        List<RecordedEvent> read;
        try (Stream<? extends DomainEventMessage<?>> messages = EventStreamUtils.upcastAndDeserializeDomainEvents(
                Stream.of(entry), serializer, upcasters).asStream()) {
            read = messages.map(message -> {
                if (message.getPayloadType() == UnknownSerializedType.class) {
                    throw new IllegalStateException("unknown payload type " + entry.getPayload().getType().getName());
                }
                return new RecordedEvent(position, recordedAt, aggregateType, aggregateId, sequence,
                        message.getPayload(), message.getMetaData());
            }).toList();
        } catch (RuntimeException unreadable) {
            read = List.of(new RecordedEvent(position, recordedAt, aggregateType, aggregateId, sequence,
                    new UnreadableEvent(position, entry.getEventIdentifier(), row.getString("payload_type"),
                            row.getString("payload_revision"), UnreadableStoredEvent.reason(unreadable)),
                    Map.of()));
        }
        read.forEach(sink);
    }
}
