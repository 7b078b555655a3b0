package dk.protokol.command.common;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Reads the answer's position in the command's own transaction, just before it commits (issue 15): the events are
 * appended by then (Axon's prepare-commit), and a database that goes away before the commit rolls everything back,
 * so an answer never says "nothing was done" about a command that was stored. Before, {@link CommandSender} read the
 * position after the commit, and a failure in between answered 503 for a stored command (a retry without an
 * Idempotency-Key recorded it twice; TwoNodesOnPostgresTest). Axon's Spring Boot module registers this handler
 * interceptor on the command bus after the bus's own transaction interceptor, so the transaction is open here.
 */
@Component
public class PositionBeforeCommit implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final ThreadLocal<Expected> EXPECTED = new ThreadLocal<>();

    private final ObjectProvider<EventPositions> positions;

    public PositionBeforeCommit(ObjectProvider<EventPositions> positions) {
        this.positions = positions;
    }

    /** One command's answer, waiting for its position. */
    static final class Expected {
        private final String aggregateId;
        private boolean registered;
        private Long position;

        private Expected(String aggregateId) {
            this.aggregateId = aggregateId;
        }

        /** The position read before the commit, or {@code null} when none was read. */
        Long position() {
            return position;
        }
    }

    /** Called by the sender, on its thread, before it sends the command (and {@link #done()} after). */
    static Expected expect(String aggregateId) {
        Expected expected = new Expected(aggregateId);
        EXPECTED.set(expected);
        return expected;
    }

    static void done() {
        EXPECTED.remove();
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        Expected expected = EXPECTED.get();
        EventPositions eventPositions = positions.getIfAvailable();
        if (expected != null && !expected.registered && eventPositions != null
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            // the first command handled for this sender; a command sent while handling it shares its transaction
            expected.registered = true;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    expected.position = eventPositions.headOf(expected.aggregateId);
                }
            });
        }
        return interceptorChain.proceed();
    }
}
