package dk.protokol.infra.node;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.common.Registration;

import java.util.List;

/**
 * The processor of a view's group on a command node: registered under the group's name (so the group is known, its
 * handlers are wired, and read-your-writes finds it and waits on the shared token store), but never started, so it
 * claims no segment and handles no event; the query nodes do.
 */
public final class IdleProcessor implements EventProcessor {

    private final String name;

    public IdleProcessor(String name) {
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public List<MessageHandlerInterceptor<? super EventMessage<?>>> getHandlerInterceptors() {
        return List.of();
    }

    @Override
    public void start() {
        // a command node runs no view
    }

    @Override
    public void shutDown() {
        // never started
    }

    @Override
    public boolean isRunning() {
        return false;
    }

    @Override
    public boolean isError() {
        return false;
    }

    @Override
    public Registration registerHandlerInterceptor(MessageHandlerInterceptor<? super EventMessage<?>> interceptor) {
        return () -> true;
    }
}
