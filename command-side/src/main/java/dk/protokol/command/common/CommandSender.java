package dk.protokol.command.common;

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
        commandGateway.sendAndWait(command);
        String id = aggregateId.toString();
        return new CommandResult(id, eventPositions.headOf(id));
    }
}
