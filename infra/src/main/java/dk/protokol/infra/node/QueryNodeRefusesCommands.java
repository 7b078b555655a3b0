package dk.protokol.infra.node;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.BiFunction;

/**
 * On a query node every command is refused where it is sent, before it reaches a handler: one place for every path
 * (the API, the pages, anything scheduled). Axon's Spring Boot autoconfiguration registers every
 * {@code MessageDispatchInterceptor} bean for commands with the {@code CommandGateway}.
 * <p>
 * Why refuse rather than leave the write endpoints unmapped: a 404 or 405 would tell a client that the call does not
 * exist, which is false; 503 says "not here, not now", which a load balancer can act on (e.g. nginx
 * {@code proxy_next_upstream http_503 non_idempotent}: safe, because nothing was recorded and the API's
 * Idempotency-Key makes the retry on another node record the change once) and a client reads as "try again".
 */
@Component
@ConditionalOnProperty(name = NodeRole.PROPERTY, havingValue = "query")
public class QueryNodeRefusesCommands implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            throw new CommandsRefusedHere(command.getPayloadType().getSimpleName());
        };
    }
}
