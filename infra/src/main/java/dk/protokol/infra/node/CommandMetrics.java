package dk.protokol.infra.node;

import dk.protokol.events.command.Refusal;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.ExecutionResult;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Command rate and latency by command type (issue 15, item 5): the timer {@value #TIMER}, tagged {@code command} (the
 * command's simple class name) and {@code outcome}: {@code accepted} (handled and committed), {@code refused-rule} (a
 * rule of the domain, 409), {@code invalid} (input that cannot be used or names something that does not exist, 400
 * and 404), {@code conflict} (a concurrent change, 409) or {@code failed} (anything else: a failure of ours).
 * <p>
 * A handler interceptor, so it runs once per command on the node that handles it, whichever way the command came
 * (the API, a page, a scheduled tacit approval, a batch; over Axon Server too, where the command bus hands the
 * interceptor to its local segment). Axon's Spring Boot autoconfiguration (InterceptorAutoConfiguration) registers
 * every {@code MessageHandlerInterceptor} bean for commands with the {@code CommandBus}. The time runs from the
 * handler's start to the end of its unit of work (commit or rollback), so it includes loading the aggregate and
 * appending its events, not the wait in the sender. Axon's own micrometer extension is not on the class path; this is
 * the part of it Protokol needs, with the outcome as operators read it.
 */
@Component
public class CommandMetrics implements MessageHandlerInterceptor<CommandMessage<?>> {

    public static final String TIMER = "protokol.commands";

    private final MeterRegistry registry;

    public CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        long start = System.nanoTime();
        String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
        unitOfWork.onCleanup(done -> timer(command, outcome(done)).record(System.nanoTime() - start,
                java.util.concurrent.TimeUnit.NANOSECONDS));
        return chain.proceed();
    }

    private Timer timer(String command, String outcome) {
        return Timer.builder(TIMER)
                .description("Commands handled on this node, by command type and outcome")
                .tag("command", command)
                .tag("outcome", outcome)
                .register(registry);
    }

    static String outcome(UnitOfWork<?> done) {
        ExecutionResult result = done.getExecutionResult();
        Throwable failure = result != null && result.isExceptionResult() ? result.getExceptionResult() : null;
        if (failure == null && !done.isRolledBack()) {
            return "accepted";
        }
        return outcome(failure);
    }

    static String outcome(Throwable failure) {
        Optional<Refusal> refusal = failure == null ? Optional.empty() : Refusal.of(failure);
        if (refusal.isEmpty()) {
            return "failed";
        }
        return switch (refusal.get().kind()) {
            case RULE -> "refused-rule";
            case INVALID, NOT_FOUND -> "invalid";
            case CONFLICT -> "conflict";
        };
    }
}
