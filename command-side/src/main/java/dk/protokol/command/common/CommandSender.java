package dk.protokol.command.common;

import dk.protokol.events.command.CommandResult;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Sends a command and answers as API.md promises: the aggregate's id and the global position of its newest
 * event, so that the client can ask a view for at least that position (read-your-writes).
 */
@Component
public class CommandSender {

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
}
