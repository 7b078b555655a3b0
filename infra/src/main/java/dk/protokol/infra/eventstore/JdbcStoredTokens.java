package dk.protokol.infra.eventstore;

import dk.protokol.query.common.StoredTokens;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link StoredTokens} over Axon's {@code token_entry}: each segment's token deserialized with the serializer the
 * token store writes with (the primary one), never claimed, so another node's work is read, not taken.
 */
@Component
class JdbcStoredTokens implements StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    JdbcStoredTokens(JdbcTemplate jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    private record Row(int segment, byte[] token, String type) {
    }

    @Override
    public Map<Segment, Long> positions(String processorName) {
        List<Row> rows = jdbc.query("SELECT segment, token, token_type FROM token_entry WHERE processor_name = ?"
                        + " ORDER BY segment",
                (row, n) -> new Row(row.getInt("segment"), row.getBytes("token"), row.getString("token_type")),
                processorName);
        if (rows.isEmpty()) {
            return Map.of();
        }
        int[] ids = rows.stream().mapToInt(Row::segment).toArray();
        Map<Integer, Segment> segments = new LinkedHashMap<>();
        for (Segment segment : Segment.computeSegments(ids)) {
            segments.put(segment.getSegmentId(), segment);
        }
        Map<Segment, Long> positions = new LinkedHashMap<>();
        for (Row row : new ArrayList<>(rows)) {
            positions.put(segments.get(row.segment()), position(row));
        }
        return positions;
    }

    /** Beyond this many positions the events are not listed: a segment that far behind is waited for. */
    static final long LONGEST_LOOK = 1000;

    /**
     * An event's sequence is its aggregate (Axon's SequentialPerAggregatePolicy); an event of no aggregate is stored
     * with its own identifier as the aggregate's, which is what the policy falls back to.
     */
    @Override
    public Optional<List<StoredEvent>> eventsBetween(long after, long upTo) {
        if (upTo <= after) {
            return Optional.of(List.of());
        }
        if (upTo - after > LONGEST_LOOK) {
            return Optional.empty();
        }
        record Listed(long position, StoredEvent event) {
        }
        List<Listed> rows = jdbc.query("SELECT global_index, aggregate_identifier, payload_type FROM domain_event_entry"
                        + " WHERE global_index > ? AND global_index <= ? ORDER BY global_index",
                (row, n) -> new Listed(row.getLong(1), new StoredEvent(row.getString(2), row.getString(3))),
                after, upTo);
        // a position is a stored event's: one not stored (yet) cannot be said to be reached
        if (rows.isEmpty() || rows.get(rows.size() - 1).position() != upTo) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().map(Listed::event).toList());
    }

    private long position(Row row) {
        if (row.token() == null || row.type() == null) {
            return -1;
        }
        TrackingToken token = serializer.deserialize(new SimpleSerializedObject<>(row.token(), byte[].class,
                new SimpleSerializedType(row.type(), null)));
        return token == null ? -1 : token.position().orElse(-1);
    }
}
