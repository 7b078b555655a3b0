package dk.protokol.web.common;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * The pages ask the read side through Axon's query gateway with its typed queries, and wait for the answer:
 * a page is rendered once, with everything it shows. A failure of the handler (e.g. the read side's
 * NotFound) is rethrown as itself, so that {@link PageErrors} can answer it.
 */
@Component
public class Queries {

    private final QueryGateway gateway;

    public Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R one(Object query, Class<R> type) {
        return await(() -> gateway.query(query, ResponseTypes.instanceOf(type)).join());
    }

    public <R> List<R> list(Object query, Class<R> type) {
        return await(() -> gateway.query(query, ResponseTypes.multipleInstancesOf(type)).join());
    }

    private static <R> R await(java.util.function.Supplier<R> answer) {
        try {
            return answer.get();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }
}
