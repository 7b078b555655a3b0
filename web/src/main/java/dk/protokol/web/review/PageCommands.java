package dk.protokol.web.review;

import dk.protokol.command.common.EventPositions;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.CallerPerson;
import dk.protokol.query.common.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the working pages of the chair and the member need besides the read side: who the caller is
 * ({@link CallerPerson}), today ({@link Clock}), sending a command through the {@link CommandGateway} and
 * answering with the position of the aggregate's newest event (as the API's CommandSender does), and waiting
 * for a view to reach that position after the redirect (read-your-writes).
 * <p>
 * The ports are looked up when a request needs them, not when the controller is made: the read-only page
 * tests start every controller of the web package with nothing but a query gateway.
 */
final class PageCommands {

    private final ObjectProvider<CommandGateway> commandGateway;
    private final ObjectProvider<EventPositions> eventPositions;
    private final ObjectProvider<ReadYourWrites> readYourWrites;
    private final ObjectProvider<CallerPerson> callerPerson;
    private final ObjectProvider<Clock> clock;

    PageCommands(ObjectProvider<CommandGateway> commandGateway, ObjectProvider<EventPositions> eventPositions,
                 ObjectProvider<ReadYourWrites> readYourWrites, ObjectProvider<CallerPerson> callerPerson,
                 ObjectProvider<Clock> clock) {
        this.commandGateway = commandGateway;
        this.eventPositions = eventPositions;
        this.readYourWrites = readYourWrites;
        this.callerPerson = callerPerson;
        this.clock = clock;
    }

    /** The person the signed-in caller acts as; empty for an account not linked to a person. */
    Optional<PersonId> me(Authentication authentication) {
        return callerPerson.getObject().personId(authentication).map(PersonId::of);
    }

    LocalDate today() {
        return LocalDate.now(clock.getObject());
    }

    /**
     * Sends the command and waits for its transaction; answers the global position of the aggregate's newest
     * event, for the page after the redirect to ask for.
     */
    long send(Object command, Object aggregateId) {
        commandGateway.getObject().sendAndWait(command);
        return eventPositions.getObject().headOf(aggregateId.toString());
    }

    /**
     * Waits, bounded, until the views the page reads include {@code minPosition}; answers whether they do.
     * Where no view runs on this node (a command node) the page is shown as it stands.
     */
    boolean await(Long minPosition, String... processingGroups) {
        if (minPosition == null) {
            return true;
        }
        ReadYourWrites waiting = readYourWrites.getIfAvailable();
        return waiting == null || waiting.await(minPosition, processingGroups);
    }

    /**
     * The Danish message of a domain refusal, looked for in the failure and its causes (a distributed command
     * bus wraps it); empty for anything else, which is not the user's to fix and goes on as an error.
     */
    static Optional<String> refusal(RuntimeException failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {
            if (current instanceof RuleViolation || current instanceof UnknownReference) {
                return Optional.ofNullable(current.getMessage());
            }
        }
        return Optional.empty();
    }
}
