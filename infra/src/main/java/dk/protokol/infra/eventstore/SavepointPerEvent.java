package dk.protokol.infra.eventstore;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.Set;
import java.util.function.Supplier;

/**
 * One projection event, one savepoint: a streaming processor handles a batch of events in one database transaction,
 * and a handler whose SQL fails (PostgreSQL refusing a value: a NUL character, a text longer than its column, a
 * unique-key clash in a view) aborts that transaction. Without a savepoint, parking the event in the dead-letter queue
 * then fails in the same aborted transaction ("current transaction is aborted"), the batch rolls back, and the segment
 * retries it for ever (issue 13). Each {@code @EventHandler} of a projection (a {@link ProcessingGroup} handled by a
 * streaming processor) therefore runs in a nested transaction: a failure rolls back to the savepoint before the
 * exception reaches the dead-letter handling, which parks exactly that event's sequence in a transaction that is still
 * good, and the rest of the batch goes on.
 * <p>
 * Subscribing groups (the command side's lookups, in the command's own transaction) are left alone: their failure
 * must roll the command back. Costs: a SAVEPOINT and a RELEASE per projected event.
 */
public class SavepointPerEvent implements HandlerEnhancerDefinition {

    private final Supplier<PlatformTransactionManager> transactions;
    private final Set<String> subscribing;

    public SavepointPerEvent(Supplier<PlatformTransactionManager> transactions, Set<String> subscribing) {
        this.transactions = transactions;
        this.subscribing = Set.copyOf(subscribing);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        ProcessingGroup group = original.declaringClass().getAnnotation(ProcessingGroup.class);
        if (group == null || subscribing.contains(group.value())
                || original.annotationAttributes(EventHandler.class).isEmpty()) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
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
