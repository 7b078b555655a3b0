package dk.protokol.command.common;

import dk.protokol.events.command.BatchRefused;
import dk.protokol.events.command.CommandBatch;
import dk.protokol.events.command.CommandResult;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.Refusal;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AnnotationCommandTargetResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;

/**
 * Sends a command and answers as API.md promises: the aggregate's id and the global position of its newest
 * event, so that the client can ask a view for at least that position (read-your-writes). The API's controllers
 * call {@link #send} and leave a failure to the API's exception handler; the pages call {@link #submit} through
 * the {@link Commands} port and get the refusal as a value. Both tell a refusal by {@link Refusal#of}.
 */
@Component
public class CommandSender implements Commands {

    private static final AnnotationCommandTargetResolver TARGETS = AnnotationCommandTargetResolver.builder().build();

    private final CommandGateway commandGateway;
    private final EventPositions eventPositions;
    private final ObjectProvider<PlatformTransactionManager> transactions;

    public CommandSender(CommandGateway commandGateway, EventPositions eventPositions,
                         ObjectProvider<PlatformTransactionManager> transactions) {
        this.commandGateway = commandGateway;
        this.eventPositions = eventPositions;
        this.transactions = transactions;
    }

    /** Waits for the command's transaction to commit; the position is read in it, before the commit. */
    public CommandResult send(Object command, Object aggregateId) {
        return send(command, aggregateId, aggregateId);
    }

    /**
     * For a command that creates something inside an aggregate (an agenda item, a decision in a meeting): the
     * answer names what was created, the position is the aggregate's newest event.
     */
    public CommandResult send(Object command, Object aggregateId, Object createdId) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            // in a transaction of the caller's (a batch, an Idempotency-Key): the position is read in it, before its
            // commit, as the events it holds are seen in it
            commandGateway.sendAndWait(command);
            return new CommandResult(createdId.toString(), eventPositions.headOf(aggregateId.toString()));
        }
        PositionBeforeCommit.Expected expected = PositionBeforeCommit.expect(aggregateId.toString());
        try {
            commandGateway.sendAndWait(command);
        } finally {
            PositionBeforeCommit.done();
        }
        // read in the command's transaction before its commit (PositionBeforeCommit); only without one (a test
        // without a database) is it read here
        Long position = expected.position();
        return new CommandResult(createdId.toString(),
                position != null ? position : eventPositions.headOf(aggregateId.toString()));
    }

    @Override
    public Outcome submit(Object command, Object aggregateId, Object createdId) {
        try {
            return new Outcome.Accepted(send(command, aggregateId, createdId));
        } catch (RuntimeException failure) {
            return new Outcome.Refused(Refusal.of(failure).orElseThrow(() -> failure));
        }
    }

    /**
     * Sends every command of a valid batch in one transaction, which each command's unit of work joins (Axon's
     * Spring transaction manager takes part in the transaction already open): a refusal of any of them rolls back
     * the events of those before it, and the refusal, named under the command's name in the batch, is thrown. A
     * batch with broken limits is thrown as its {@code InvalidCommand}, nothing sent. Answers the position of the
     * last command's newest event; {@code id} is the last command's name.
     */
    public CommandResult sendAll(CommandBatch batch) {
        if (!batch.isValid()) {
            throw batch.invalid();
        }
        PlatformTransactionManager manager = transactions.getIfAvailable();
        if (manager == null) {
            // a web slice test without a database: nothing to roll back
            return sendEach(batch);
        }
        return new TransactionTemplate(manager).execute(status -> sendEach(batch));
    }

    private CommandResult sendEach(CommandBatch batch) {
        CommandResult last = null;
        for (Map.Entry<String, Object> named : batch.commands().entrySet()) {
            try {
                CommandResult sent = send(named.getValue(), targetOf(named.getValue()));
                last = new CommandResult(named.getKey(), sent.position());
            } catch (RuntimeException failure) {
                Refusal refusal = Refusal.of(failure).orElseThrow(() -> failure);
                throw new BatchRefused(refusal.under(named.getKey()), failure);
            }
        }
        return last;
    }

    @Override
    public Outcome submitAll(CommandBatch batch) {
        try {
            return new Outcome.Accepted(sendAll(batch));
        } catch (RuntimeException failure) {
            return new Outcome.Refused(Refusal.of(failure).orElseThrow(() -> failure));
        }
    }

    /** The aggregate a command is for: its {@code @TargetAggregateIdentifier}, read by Axon's own means. */
    static Object targetOf(Object command) {
        return TARGETS.resolveTarget(GenericCommandMessage.asCommandMessage(command)).getIdentifier();
    }
}
