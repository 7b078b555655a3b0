package dk.protokol.command.common;

import dk.protokol.events.command.CommandResult;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.Refusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command and answers as API.md promises: the aggregate's id and the global position of its newest
 * event, so that the client can ask a view for at least that position (read-your-writes). The API's controllers
 * call {@link #send} and leave a failure to the API's exception handler; the pages call {@link #submit} through
 * the {@link Commands} port and get the refusal as a value. Both tell a refusal by {@link Refusal#of}.
 */
@Component
public class CommandSender implements Commands {

    private final CommandGateway commandGateway;
    private final EventPositions eventPositions;

    public CommandSender(CommandGateway commandGateway, EventPositions eventPositions) {
        this.commandGateway = commandGateway;
        this.eventPositions = eventPositions;
    }

    /** Waits for the command's transaction to commit, so the position read afterwards includes its events. */
    public CommandResult send(Object command, Object aggregateId) {
        return send(command, aggregateId, aggregateId);
    }

    /**
     * For a command that creates something inside an aggregate (an agenda item, a decision in a meeting): the
     * answer names what was created, the position is the aggregate's newest event.
     */
    public CommandResult send(Object command, Object aggregateId, Object createdId) {
        commandGateway.sendAndWait(command);
        return new CommandResult(createdId.toString(), eventPositions.headOf(aggregateId.toString()));
    }

    @Override
    public Outcome submit(Object command, Object aggregateId, Object createdId) {
        try {
            return new Outcome.Accepted(send(command, aggregateId, createdId));
        } catch (RuntimeException failure) {
            return new Outcome.Refused(Refusal.of(failure).orElseThrow(() -> failure));
        }
    }
}
