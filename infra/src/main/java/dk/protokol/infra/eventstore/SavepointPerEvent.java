package dk.protokol.infra.eventstore;

import dk.protokol.query.common.RowBatch;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One projection event, one savepoint — when it is needed: a streaming processor handles a batch of events in one
 * database transaction, and a handler whose SQL fails (PostgreSQL refusing a value: a NUL character, a text longer than
 * its column, a unique-key clash in a view) aborts that transaction. Without a savepoint, parking the event in the
 * dead-letter queue then fails in the same aborted transaction ("current transaction is aborted"), the batch rolls
 * back, and the segment retries it for ever (issue 13).
 * <p>
 * A savepoint costs two round trips per event and group (SAVEPOINT, RELEASE), which was a third of a rebuild's time
 * (issue 15). Events are therefore handled without one while nothing fails ("fast"). When a projection's handler
 * fails in fast mode, its group turns careful for {@code carefulFor} on this node and the failure is thrown on as a
 * {@link FailedWithoutSavepoint}; the enqueue policy ({@link RetryTransientFailures}) throws that on too, so nothing is
 * parked and the whole batch rolls back (with whatever the failing handler had written before it failed). Axon's
 * processor tries the batch again, now with a nested transaction around each {@code @EventHandler}: a failure rolls
 * back to the savepoint before the exception reaches the dead-letter handling, which parks exactly that event's
 * sequence in a transaction that is still good, and the rest of the batch goes on. A transient failure (deadlock,
 * serialisation) does not turn the group careful: it is retried with its batch as before. In fast mode the
 * projections' rows are also written once per batch ({@link RowBatch}); a write refused at the batch's flush turns
 * the group careful likewise. A parked event tried again from the administrators' page always gets its savepoint.
 * <p>
 * Subscribing groups (the command side's lookups, in the command's own transaction) are left alone: their failure
 * must roll the command back.
 */
public class SavepointPerEvent implements HandlerEnhancerDefinition {

    private final Supplier<PlatformTransactionManager> transactions;
    private final Set<String> subscribing;
    private final Duration carefulFor;
    /** Per group: until when (System.nanoTime) its events get a savepoint each. */
    private final Map<String, Long> carefulUntil = new ConcurrentHashMap<>();

    public SavepointPerEvent(Supplier<PlatformTransactionManager> transactions, Set<String> subscribing,
                             Duration carefulFor) {
        this.transactions = transactions;
        this.subscribing = Set.copyOf(subscribing);
        this.carefulFor = carefulFor;
    }

    /** A projection failed without a savepoint: its batch is rolled back and tried again with savepoints. */
    public static final class FailedWithoutSavepoint extends RuntimeException {
        FailedWithoutSavepoint(String group, Throwable cause) {
            super("A projection of '" + group + "' failed without a savepoint; the batch is tried again with one per "
                    + "event: " + cause.getMessage(), cause);
        }
    }

    /** Whether the group's events get a savepoint each on this node now. */
    public boolean careful(String group) {
        Long until = carefulUntil.get(group);
        if (until == null) {
            return false;
        }
        if (System.nanoTime() - until < 0) {
            return true;
        }
        carefulUntil.remove(group, until);
        return false;
    }

    /** A parked event tried again from the administrators' page: one event, one transaction of its own. */
    private static boolean retryingDeadLetter() {
        return CurrentUnitOfWork.isStarted()
                && CurrentUnitOfWork.get().root().resources().containsKey(DeadLetter.class.getName());
    }

    private void turnCareful(String group) {
        carefulUntil.put(group, System.nanoTime() + carefulFor.toNanos());
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (group == null || subscribing.contains(group.value())
                || original.annotationAttributes(EventHandler.class).isEmpty()) {
            return original;
        }
        String name = group.value();
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                if (!careful(name) && !retryingDeadLetter()) {
                    RowBatch.open(failure -> turnCareful(name));
                    try {
                        return super.handle(message, target);
                    } catch (Exception | Error failure) {
                        if (RetryTransientFailures.isTransient(failure)) {
                            throw failure;
                        }
                        turnCareful(name);
                        throw new FailedWithoutSavepoint(name, failure);
                    }
                }
                PlatformTransactionManager manager = transactions.get();
                DefaultTransactionDefinition nested = new DefaultTransactionDefinition(
                        TransactionDefinition.PROPAGATION_NESTED);
                TransactionStatus savepoint = manager.getTransaction(nested);
                Object result;
                try {
                    result = super.handle(message, target);
                } catch (Exception | Error failure) {
                    manager.rollback(savepoint);
                    throw failure;
                }
                manager.commit(savepoint);
                return result;
            }
        };
    }
}
