package dk.protokol.infra.eventstore;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.springframework.dao.TransientDataAccessException;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Which failures of a projection park its event (issue 13): a poison, not a moment's clash. Two segments (or two
 * nodes) writing rows of one view can deadlock or fail to serialise; PostgreSQL then aborts one of them, and that is
 * no fault of the event. Parked, it stopped its aggregate's sequence in the view until an administrator retried it
 * (FaultsOnPostgresTest: 42 events of one meeting parked in {@code actions} after one deadlock). A transient failure
 * is therefore not parked: the policy throws it on, the batch rolls back (its token too), and Axon's processor tries
 * the batch again after its back-off, by which time the other transaction is done. Every other failure parks the
 * event, as before. A failure of a handler that ran without a savepoint ({@link SavepointPerEvent}) is thrown on
 * likewise: its batch is tried again with a savepoint per event, and then parked.
 */
class RetryTransientFailures implements EnqueuePolicy<EventMessage<?>> {

    /** Serialisation failure and deadlock (class 40), lock not available (55P03). */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "55P03");

    /** Thrown on from the policy: the whole batch is tried again, nothing is parked. */
    static final class TransientProjectionFailure extends RuntimeException {
        TransientProjectionFailure(Throwable cause) {
            super("A transient failure of a projection; the batch is tried again: " + cause.getMessage(), cause);
        }
    }

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (isTransient(cause)) {
            throw new TransientProjectionFailure(cause);
        }
        if (cause instanceof SavepointPerEvent.FailedWithoutSavepoint retry) {
            // handled without a savepoint: the batch rolls back and is tried again with one per event
            throw retry;
        }
        return Decisions.enqueue(cause);
    }

    static boolean isTransient(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (next.getSQLState() != null && TRANSIENT_STATES.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
