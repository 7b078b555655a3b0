package dk.protokol.infra.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells the event store that an append clashed with an event already stored for the same aggregate and sequence:
 * SQLState 23505 (unique violation, PostgreSQL and H2) anywhere in the failure's causes, including the next
 * exceptions of a {@link java.sql.BatchUpdateException}, which is how PostgreSQL reports a batched insert. Axon then
 * answers a {@code ConcurrencyException} (409, "changed at the same time"), so two nodes writing one meeting at once
 * give one 200 and one 409, not a 500 (issue 13; Axon's default resolver looks for
 * {@code SQLIntegrityConstraintViolationException}, which PostgreSQL's driver never throws; compare AxonFramework
 * #1368).
 */
public class DuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
