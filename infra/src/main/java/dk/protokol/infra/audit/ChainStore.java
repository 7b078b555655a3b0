package dk.protokol.infra.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The audit chain's table ({@code audit_chain}: position, the position it builds on, hash) and how it grows. The
 * append extends it in its own transaction while it holds the commit-order lock, so the chain follows commit order and
 * each new link builds on the last committed one; the V17 migration chains what was stored before.
 */
public final class ChainStore {

    static final String EVENT_COLUMNS = "global_index, event_identifier, type, aggregate_identifier, sequence_number, "
            + "time_stamp, payload_type, payload_revision, payload, meta_data";
    private static final int PAGE = 1000;

    private ChainStore() {
    }

    /** The chain's last position and hash, or null while it is empty. */
    public record Head(long position, byte[] hash) {
    }

    public static Head head(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT global_index, hash FROM audit_chain ORDER BY global_index DESC FETCH FIRST 1 ROWS ONLY");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? new Head(row.getLong(1), row.getBytes(2)) : null;
        }
    }

    /** Chains the events just appended in this transaction (by their identifiers), in position order. */
    public static int extend(Connection connection, List<String> eventIdentifiers) throws SQLException {
        if (eventIdentifiers.isEmpty()) {
            return 0;
        }
        String marks = String.join(",", Collections.nCopies(eventIdentifiers.size(), "?"));
        List<StoredEvent> appended = new ArrayList<>(eventIdentifiers.size());
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + EVENT_COLUMNS
                + " FROM domain_event_entry WHERE event_identifier IN (" + marks + ") ORDER BY global_index")) {
            for (int i = 0; i < eventIdentifiers.size(); i++) {
                statement.setString(i + 1, eventIdentifiers.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    appended.add(event(rows));
                }
            }
        }
        return link(connection, head(connection), appended);
    }

    /** Chains every stored event after the chain's head (the migration, for a store from before the chain). */
    public static long extendOverStore(Connection connection) throws SQLException {
        long chained = 0;
        while (true) {
            Head head = head(connection);
            List<StoredEvent> page = new ArrayList<>(PAGE);
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + EVENT_COLUMNS
                    + " FROM domain_event_entry WHERE global_index > ? ORDER BY global_index FETCH FIRST " + PAGE
                    + " ROWS ONLY")) {
                statement.setLong(1, head == null ? 0 : head.position());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        page.add(event(rows));
                    }
                }
            }
            if (page.isEmpty()) {
                return chained;
            }
            chained += link(connection, head, page);
        }
    }

    private static int link(Connection connection, Head head, List<StoredEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return 0;
        }
        Long previousPosition = head == null ? null : head.position();
        byte[] previousHash = head == null ? ChainHash.GENESIS : head.hash();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_chain (global_index, previous_index, hash) VALUES (?, ?, ?)")) {
            for (StoredEvent event : events) {
                byte[] hash = ChainHash.next(previousHash, event);
                insert.setLong(1, event.position());
                if (previousPosition == null) {
                    insert.setNull(2, java.sql.Types.BIGINT);
                } else {
                    insert.setLong(2, previousPosition);
                }
                insert.setBytes(3, hash);
                insert.addBatch();
                previousPosition = event.position();
                previousHash = hash;
            }
            insert.executeBatch();
        }
        return events.size();
    }

    static StoredEvent event(ResultSet row) throws SQLException {
        return new StoredEvent(row.getLong("global_index"), row.getString("event_identifier"), row.getString("type"),
                row.getString("aggregate_identifier"), row.getLong("sequence_number"), row.getString("time_stamp"),
                row.getString("payload_type"), row.getString("payload_revision"), row.getBytes("payload"),
                row.getBytes("meta_data"));
    }
}
