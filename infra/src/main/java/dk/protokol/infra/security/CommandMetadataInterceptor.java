package dk.protokol.infra.security;

import dk.protokol.events.caller.Caller;
import dk.protokol.infra.web.CorrelationIdFilter;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Stamps every command with who sent it and in which request. Axon's Spring Boot autoconfiguration
 * (InterceptorAutoConfiguration, since 4.11) registers every {@code MessageDispatchInterceptor} bean for
 * commands with the {@code CommandGateway}, so this one must not be registered by hand as well.
 * <p>
 * Runs on the sending thread, where the SecurityContext and the request are; who sent it is asked of
 * {@link AccountCallers}, as everywhere. Keys the message already carries are kept: a command sent while handling
 * another message (a saga, the demo loader) may carry its origin's metadata on purpose.
 */
@Component
public class CommandMetadataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        Map<String, String> metadata = currentMetadata();
        return (index, command) -> {
            Map<String, String> missing = new HashMap<>(metadata);
            missing.keySet().removeAll(command.getMetaData().keySet());
            return missing.isEmpty() ? command : command.andMetaData(missing);
        };
    }

    /** Who is acting and in which request, as every command is stamped (also for events an operator causes). */
    public static Map<String, String> currentMetadata() {
        Map<String, String> metadata = new HashMap<>();
        Caller caller = AccountCallers.of(AccountCallers.currentAuthentication());
        metadata.put(AuditMetadata.USER_ID, caller.signedIn() ? caller.username() : AuditMetadata.SYSTEM);
        caller.person().ifPresent(person -> metadata.put(AuditMetadata.PERSON_ID, person.toString()));
        metadata.put(AuditMetadata.CORRELATION_ID, correlationId());
        return metadata;
    }

    private static String correlationId() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object fromRequest = request == null ? null
                : request.getAttribute(CorrelationIdFilter.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (fromRequest != null) {
            return fromRequest.toString();
        }
        String fromLog = MDC.get(CorrelationIdFilter.MDC_KEY);
        return fromLog != null ? fromLog : UUID.randomUUID().toString();
    }
}
