package dk.protokol.web.support;

import dk.protokol.events.command.CommandBatch;
import java.util.Map;

import dk.protokol.events.command.CommandResult;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.Refusal;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.ArrayList;
import java.util.List;

/**
 * The command side's port as the page tests need it: sends through a (mocked) CommandGateway, tells a refusal as
 * the command side does ({@link Refusal#of}), answers every accepted command with {@code position}, and remembers
 * which aggregate each accepted command's position was asked for.
 */
public class GatewayCommands implements Commands {

    private final CommandGateway gateway;
    private final long position;
    private final List<Object> positionsOf = new ArrayList<>();

    public GatewayCommands(CommandGateway gateway, long position) {
        this.gateway = gateway;
        this.position = position;
    }

    @Override
    public Outcome submit(Object command, Object aggregateId, Object createdId) {
        try {
            gateway.sendAndWait(command);
        } catch (RuntimeException failure) {
            return new Outcome.Refused(Refusal.of(failure).orElseThrow(() -> failure));
        }
        positionsOf.add(aggregateId);
        return new Outcome.Accepted(new CommandResult(createdId.toString(), position));
    }

    /** Sends each command of a valid batch in turn (a mock has nothing to roll back); a refusal names its command. */
    @Override
    public Outcome submitAll(CommandBatch batch) {
        if (!batch.isValid()) {
            return new Outcome.Refused(Refusal.of(batch.invalid()).orElseThrow());
        }
        String last = null;
        for (Map.Entry<String, Object> named : batch.commands().entrySet()) {
            try {
                gateway.sendAndWait(named.getValue());
            } catch (RuntimeException failure) {
                return new Outcome.Refused(Refusal.of(failure).orElseThrow(() -> failure).under(named.getKey()));
            }
            last = named.getKey();
        }
        return new Outcome.Accepted(new CommandResult(last, position));
    }

    /** The aggregates whose newest position accepted commands answered with, in order; cleared with {@link #forget}. */
    public List<Object> positionsOf() {
        return List.copyOf(positionsOf);
    }

    public void forget() {
        positionsOf.clear();
    }
}
