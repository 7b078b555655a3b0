package dk.protokol.infra.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the event table and the chain side by side in position order, a page at a time, and hands each position to
 * a visitor with its event (null if the store lacks it), its chain entry (null if the chain lacks it) and the hash
 * its entry builds on. Used by verification and export, inside one read-only snapshot transaction.
 */
final class ChainWalk {

    interface Visitor {
        void visit(long position, StoredEvent event, ChainLink link, byte[] previousHash);
    }

    private static final int PAGE = 1000;

    private ChainWalk() {
    }

    /** Positions from {@code from} to {@code to} (both inclusive, null for open); answers how many were visited. */
    static long walk(Connection connection, Long from, Long to, Visitor visitor) throws SQLException {
        long after = from == null ? Long.MIN_VALUE : from - 1;
        long last = to == null ? Long.MAX_VALUE : to;
        long visited = 0;
        Long lastLinkPosition = null;
        byte[] lastLinkHash = null;
        while (true) {
            List<StoredEvent> events = new ArrayList<>(PAGE);
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + ChainStore.EVENT_COLUMNS
                    + " FROM domain_event_entry WHERE global_index > ? AND global_index <= ? ORDER BY global_index"
                    + " FETCH FIRST " + PAGE + " ROWS ONLY")) {
                statement.setLong(1, after);
                statement.setLong(2, last);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        events.add(ChainStore.event(rows));
                    }
                }
            }
            boolean end = events.size() < PAGE;
            long upper = end ? last : events.get(events.size() - 1).position();
            List<Long> linkPositions = new ArrayList<>();
            List<ChainLink> links = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT global_index, previous_index, hash"
                    + " FROM audit_chain WHERE global_index > ? AND global_index <= ? ORDER BY global_index")) {
                statement.setLong(1, after);
                statement.setLong(2, upper);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long previous = rows.getLong(2);
                        Long previousPosition = rows.wasNull() ? null : previous;
                        linkPositions.add(rows.getLong(1));
                        links.add(new ChainLink(previousPosition, rows.getBytes(3)));
                    }
                }
            }
            int e = 0;
            int l = 0;
            while (e < events.size() || l < links.size()) {
                long eventPosition = e < events.size() ? events.get(e).position() : Long.MAX_VALUE;
                long linkPosition = l < links.size() ? linkPositions.get(l) : Long.MAX_VALUE;
                long position = Math.min(eventPosition, linkPosition);
                StoredEvent event = eventPosition == position ? events.get(e++) : null;
                ChainLink link = linkPosition == position ? links.get(l++) : null;
                byte[] previousHash = null;
                if (link != null) {
                    previousHash = link.previousPosition() == null ? ChainHash.GENESIS
                            : link.previousPosition().equals(lastLinkPosition) ? lastLinkHash
                            : hashAt(connection, link.previousPosition());
                    lastLinkPosition = position;
                    lastLinkHash = link.hash();
                }
                visitor.visit(position, event, link, previousHash);
                visited++;
            }
            if (end) {
                return visited;
            }
            after = upper;
        }
    }

    private static byte[] hashAt(Connection connection, long position) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT hash FROM audit_chain WHERE global_index = ?")) {
            statement.setLong(1, position);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getBytes(1) : null;
            }
        }
    }
}
