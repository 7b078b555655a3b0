package dk.protokol.infra.eventstore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Makes the global index follow commit order, so that no projection ever skips a committed event
 * (AxonFramework #4829: gap detection gives up on an index whose transaction commits after the gap
 * timeout). Every append transaction takes one transaction-scoped lock just before it draws its
 * global index; the lock is released by commit or rollback, so an append that draws a higher index
 * cannot commit before one that drew a lower index.
 */
public enum CommitOrderLock {

    /** A transaction-scoped advisory lock: no row is written, nothing to clean up. */
    POSTGRESQL("SELECT pg_advisory_xact_lock(7161412)"),
    /** H2 has no advisory locks: a row lock on a one-row table does the same. */
    ROW_LOCK("SELECT id FROM event_append_lock WHERE id = 1 FOR UPDATE"),
    /** Only for the test that proves the lock is needed. */
    NONE(null);

    private final String sql;

    CommitOrderLock(String sql) {
        this.sql = sql;
    }

    public void acquire(Connection connection) throws SQLException {
        if (sql == null) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }

    public static CommitOrderLock forDatabase(String databaseProductName) {
        return databaseProductName.toLowerCase().contains("postgres") ? POSTGRESQL : ROW_LOCK;
    }
}
