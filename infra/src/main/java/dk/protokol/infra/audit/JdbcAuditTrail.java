package dk.protokol.infra.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.protokol.infra.security.AuditMetadata;
import dk.protokol.query.audit.AuditTrail;
import org.axonframework.common.DateTimeUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The audit trail over the event store and the chain (issue 12). Verification and export read in one read-only,
 * repeatable-read transaction, so a store that grows meanwhile is checked as it stood when they began.
 */
@Component
public class JdbcAuditTrail implements AuditTrail {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate write;
    private final Clock clock;
    private final VerifyProgress progress = new VerifyProgress();

    public JdbcAuditTrail(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.write = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** How far the running verification has got (one at a time is shown; several may run). */
    public static final class VerifyProgress {
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong total = new AtomicLong();
        private volatile boolean running;

        public long done() {
            return done.get();
        }

        public long total() {
            return total.get();
        }

        public boolean running() {
            return running;
        }
    }

    public VerifyProgress progress() {
        return progress;
    }

    @Override
    public List<AuditEvent> events(Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT e.global_index, e.event_identifier, e.type, "
                + "e.aggregate_identifier, e.sequence_number, e.time_stamp, e.payload_type, e.payload_revision, "
                + "e.payload, e.meta_data, c.hash FROM domain_event_entry e "
                + "LEFT JOIN audit_chain c ON c.global_index = e.global_index WHERE e.global_index > ?");
        List<Object> arguments = new ArrayList<>();
        arguments.add(filter.after() == null ? Long.MIN_VALUE : filter.after());
        if (filter.aggregateId() != null) {
            sql.append(" AND e.aggregate_identifier = ?");
            arguments.add(filter.aggregateId());
        }
        if (filter.from() != null) {
            sql.append(" AND e.time_stamp >= ?");
            arguments.add(DateTimeUtils.formatInstant(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND e.time_stamp < ?");
            arguments.add(DateTimeUtils.formatInstant(filter.to()));
        }
        int limit = Math.max(1, Math.min(filter.limit(), Filter.MAX_LIMIT));
        sql.append(" ORDER BY e.global_index FETCH FIRST ").append(limit).append(" ROWS ONLY");
        return jdbc.query(sql.toString(), (row, n) -> {
            StoredEvent event = ChainStore.event(row);
            byte[] hash = row.getBytes("hash");
            JsonNode meta = metadata(event.metaData());
            String type = event.payloadType();
            return new AuditEvent(event.position(), DateTimeUtils.parseInstant(event.timestamp()),
                    type.substring(type.lastIndexOf('.') + 1), event.payloadRevision(), event.aggregateType(),
                    event.aggregateIdentifier(), event.sequenceNumber(), event.eventIdentifier(),
                    text(meta, AuditMetadata.USER_ID), text(meta, AuditMetadata.CORRELATION_ID),
                    new String(event.payload(), StandardCharsets.UTF_8), hash == null ? null : ChainHash.hex(hash));
        }, arguments.toArray());
    }

    @Override
    public Verification verify(List<GivenCheckpoint> given) {
        long started = System.nanoTime();
        Instant at = clock.instant();
        List<Checkpoint> checkpoints = new ArrayList<>(recorded());
        given.forEach(checkpoint -> checkpoints.add(Checkpoint.given(checkpoint.position(),
                ChainHash.fromHex(checkpoint.hash()))));
        ChainVerifier verifier = new ChainVerifier(checkpoints);
        progress.running = true;
        progress.done.set(0);
        try {
            ChainVerifier.Result result = snapshot.execute(status -> inConnection(connection -> {
                Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain", Long.class);
                progress.total.set(total == null ? 0 : total);
                ChainWalk.walk(connection, null, null, (position, event, link, previousHash) -> {
                    verifier.accept(position, event, link);
                    progress.done.incrementAndGet();
                });
                return verifier.finish();
            }));
            ChainVerifier.Mismatch first = result.firstMismatch();
            return new Verification(result.verified(), result.events(), result.headPosition(), result.head(),
                    first == null ? null : new Mismatch(first.position(), first.kind().name(), first.reason()),
                    result.mismatches(), result.checkpointsChecked(), result.checkpointsMatched(), at,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            progress.running = false;
        }
    }

    /** Writes the record (or the positions {@code from} to {@code to}) as NDJSON, one event a line. */
    public long export(Long from, Long to, Writer out) {
        Long visited = snapshot.execute(status -> inConnection(connection ->
                ChainWalk.walk(connection, from, to, (position, event, link, previousHash) -> {
                    ExportLine line = event == null ? ExportLine.missing(position, link, previousHash)
                            : ExportLine.of(event, link, previousHash);
                    try {
                        out.write(line.toJson());
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })));
        return visited == null ? 0 : visited;
    }

    @Override
    public List<CheckpointView> checkpoints() {
        return recorded().stream()
                .sorted((a, b) -> Long.compare(b.position(), a.position()))
                .map(JdbcAuditTrail::view)
                .toList();
    }

    @Override
    public Optional<CheckpointView> checkpoint(long position) {
        return recorded().stream().filter(c -> c.position() == position).findFirst().map(JdbcAuditTrail::view);
    }

    @Override
    public CheckpointView recordCheckpoint(String recordedBy, String reason) {
        return write.execute(status -> {
            ChainStore.Head head = inConnection(ChainStore::head);
            if (head == null) {
                throw new IllegalStateException("Kæden er tom: der er ingen hændelser at sætte et kontrolpunkt ved.");
            }
            Long events = jdbc.queryForObject("SELECT COUNT(*) FROM audit_chain WHERE global_index <= ?", Long.class,
                    head.position());
            Instant at = clock.instant();
            jdbc.update("INSERT INTO audit_checkpoint (position, hash, events, recorded_at, recorded_by, reason) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", head.position(), head.hash(), events, at.toString(), recordedBy,
                    reason);
            return view(new Checkpoint(head.position(), head.hash(), events == null ? 0 : events, at, recordedBy,
                    reason));
        });
    }

    /** The chain's head position, or null while the chain is empty. */
    public Long headPosition() {
        return jdbc.queryForObject("SELECT MAX(global_index) FROM audit_chain", Long.class);
    }

    private List<Checkpoint> recorded() {
        return jdbc.query("SELECT position, hash, events, recorded_at, recorded_by, reason FROM audit_checkpoint "
                        + "ORDER BY position, id",
                (row, n) -> new Checkpoint(row.getLong(1), row.getBytes(2), row.getLong(3),
                        Instant.parse(row.getString(4)), row.getString(5), row.getString(6)));
    }

    private static CheckpointView view(Checkpoint checkpoint) {
        return new CheckpointView(checkpoint.position(), ChainHash.hex(checkpoint.hash()), checkpoint.events(),
                checkpoint.recordedAt(), checkpoint.recordedBy(), checkpoint.reason());
    }

    private interface InConnection<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T inConnection(InConnection<T> work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Revisionskæden kunne ikke læses", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static JsonNode metadata(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return null;
        }
    }

    private static String text(JsonNode meta, String field) {
        if (meta == null) {
            return null;
        }
        JsonNode value = meta.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
