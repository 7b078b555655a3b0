package dk.protokol.web.review;

import dk.protokol.events.caller.Callers;
import dk.protokol.events.command.Commands;
import dk.protokol.events.command.Commands.Outcome;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.ReadYourWrites;
import org.springframework.beans.factory.ObjectProvider;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the working pages of the chair and the member need besides the read side: who the caller is
 * ({@link Callers}, the published language's port), today ({@link Clock}), sending a command through the command
 * side's {@link Commands} port (an outcome: the position to read from, or the refusal the API would answer), and
 * waiting for a view to reach that position after the redirect (read-your-writes).
 * <p>
 * The ports are looked up when a request needs them, not when the controller is made: the read-only page
 * tests start every controller of the web package with nothing but a query gateway.
 */
public final class PageCommands {

    private final ObjectProvider<Commands> commands;
    private final ObjectProvider<ReadYourWrites> readYourWrites;
    private final Callers callers;
    private final ObjectProvider<Clock> clock;

    public PageCommands(ObjectProvider<Commands> commands, ObjectProvider<ReadYourWrites> readYourWrites, Callers callers,
                 ObjectProvider<Clock> clock) {
        this.commands = commands;
        this.readYourWrites = readYourWrites;
        this.callers = callers;
        this.clock = clock;
    }

    /** The person the signed-in caller acts as; empty for an account not linked to a person. */
    public Optional<PersonId> me() {
        return callers.current().person();
    }

    public Instant now() {
        return clock.getObject().instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock.getObject());
    }

    /** Makes the command and sends it, waiting for its transaction: accepted (with the position) or refused. */
    public Outcome send(Supplier<Object> command, Object aggregateId) {
        return commands.getObject().make(command, aggregateId);
    }

    /**
     * Waits, bounded, until the views the page reads include {@code minPosition}; answers whether they do.
     * Where no view runs on this node (a command node) the page is shown as it stands.
     */
    public boolean await(Long minPosition, String... processingGroups) {
        if (minPosition == null) {
            return true;
        }
        ReadYourWrites waiting = readYourWrites.getIfAvailable();
        return waiting == null || waiting.await(minPosition, processingGroups);
    }
}
