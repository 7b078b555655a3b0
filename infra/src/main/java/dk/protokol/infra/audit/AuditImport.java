package dk.protokol.infra.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.protokol.command.body.OrgLookupRebuilder;
import dk.protokol.infra.eventstore.CommitOrderLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads an export ({@code GET /api/audit/export.ndjson}) into an empty installation (issue 12): every event with its
 * position, bytes and chain entry exactly as exported, in one transaction, and only if the export verifies as a whole
 * record from its first event; otherwise nothing is written and the first bad position is named. The chain's head is
 * then the same as where it was exported, and the views, which start from an empty store, replay the imported events
 * by themselves; the command side's lookups are rebuilt from them. Nothing else is recorded (an event would move the
 * head); the import is logged.
 */
@Component
public class AuditImport {

    private static final Logger log = LoggerFactory.getLogger(AuditImport.class);
    private static final int BATCH = 500;

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final CommitOrderLock lock;
    private final OrgLookupRebuilder lookups;

    public AuditImport(DataSource dataSource, PlatformTransactionManager transactions, CommitOrderLock lock,
                       OrgLookupRebuilder lookups) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.lock = lock;
        this.lookups = lookups;
    }

    /** The store already holds events: an import goes only into an empty installation. */
    public static class StoreNotEmpty extends RuntimeException {
        StoreNotEmpty(long events) {
            super("Hændelseslageret er ikke tomt (" + events + " hændelser): en eksport indlæses kun i en tom "
                    + "installation.");
        }
    }

    /** The export is not a whole record: nothing was imported. */
    public static class NotWhole extends RuntimeException {
        private final Long position;

        NotWhole(Long position, String message) {
            super(message);
            this.position = position;
        }

        public Long position() {
            return position;
        }
    }

    /** What was imported: how many events, and the chain's head. */
    public record Imported(long events, Long headPosition, String head) {
    }

    public Imported load(BufferedReader lines, String importedBy) {
        Imported imported = transaction.execute(status -> {
            Connection connection = DataSourceUtils.getConnection(dataSource);
            try {
                lock.acquire(connection);
                long existing = count(connection);
                if (existing > 0) {
                    throw new StoreNotEmpty(existing);
                }
                return insertAll(connection, lines);
            } catch (SQLException e) {
                throw new IllegalStateException("Eksporten kunne ikke indlæses", e);
            } finally {
                DataSourceUtils.releaseConnection(connection, dataSource);
            }
        });
        lookups.rebuildIfEmpty();
        log.info("Imported {} events (chain head {} at position {}), asked by {}", imported.events(), imported.head(),
                imported.headPosition(), importedBy);
        return imported;
    }

    private Imported insertAll(Connection connection, BufferedReader lines) throws SQLException {
        ChainVerifier verifier = new ChainVerifier(List.of());
        List<ExportLine> batch = new ArrayList<>(BATCH);
        long number = 0;
        long maxPosition = 0;
        try {
            String text;
            while ((text = lines.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                ExportLine line;
                try {
                    line = ExportLine.parse(text);
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    throw new NotWhole(null, "Linje " + number + " er ikke en hændelse fra en eksport: "
                            + e.getMessage());
                }
                if (number == 1 && line.previousPosition() != null) {
                    throw new NotWhole(line.position(), "Eksporten begynder efter position " + line.previousPosition()
                            + ": kun en hel eksport fra den første hændelse kan indlæses.");
                }
                if (line.event() == null || line.link() == null) {
                    throw new NotWhole(line.position(), "Eksporten er ikke hel på position " + line.position()
                            + ": hændelsen eller dens kædeled mangler.");
                }
                verifier.accept(line.position(), line.event(), line.link());
                maxPosition = Math.max(maxPosition, line.position());
                batch.add(line);
                if (batch.size() == BATCH) {
                    insert(connection, batch);
                    batch.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChainVerifier.Result result = verifier.finish();
        if (!result.verified()) {
            throw new NotWhole(result.firstMismatch().position(), "Eksporten er ikke hel: "
                    + result.firstMismatch().reason());
        }
        insert(connection, batch);
        if (result.events() > 0) {
            restartSequence(connection, maxPosition + 1);
        }
        return new Imported(result.events(), result.headPosition(), result.events() == 0 ? null : result.head());
    }

    private static void insert(Connection connection, List<ExportLine> lines) throws SQLException {
        if (lines.isEmpty()) {
            return;
        }
        try (PreparedStatement events = connection.prepareStatement("INSERT INTO domain_event_entry (global_index, "
                + "event_identifier, type, aggregate_identifier, sequence_number, time_stamp, payload_type, "
                + "payload_revision, payload, meta_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement chain = connection.prepareStatement(
                     "INSERT INTO audit_chain (global_index, previous_index, hash) VALUES (?, ?, ?)")) {
            for (ExportLine line : lines) {
                StoredEvent event = line.event();
                events.setLong(1, event.position());
                events.setString(2, event.eventIdentifier());
                events.setString(3, event.aggregateType());
                events.setString(4, event.aggregateIdentifier());
                events.setLong(5, event.sequenceNumber());
                events.setString(6, event.timestamp());
                events.setString(7, event.payloadType());
                events.setString(8, event.payloadRevision());
                events.setBytes(9, event.payload());
                if (event.metaData() == null) {
                    events.setNull(10, Types.BINARY);
                } else {
                    events.setBytes(10, event.metaData());
                }
                events.addBatch();
                ChainLink link = line.link();
                chain.setLong(1, event.position());
                if (link.previousPosition() == null) {
                    chain.setNull(2, Types.BIGINT);
                } else {
                    chain.setLong(2, link.previousPosition());
                }
                chain.setBytes(3, link.hash());
                chain.addBatch();
            }
            events.executeBatch();
            chain.executeBatch();
        }
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM domain_event_entry");
             ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void restartSequence(Connection connection, long next) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "ALTER SEQUENCE event_global_index_seq RESTART WITH " + next)) {
            statement.execute();
        }
    }
}
