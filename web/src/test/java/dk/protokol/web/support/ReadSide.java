package dk.protokol.web.support;

import dk.protokol.query.common.NotFound;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

/** The read side in the page tests: a mocked query gateway that answers from the test's own table. */
public final class ReadSide {

    private ReadSide() {
    }

    /**
     * Every query is noted in {@code asked} and answered by {@code answers}; a {@code failure} it throws comes back in
     * the future, as Axon's gateway hands on a handler's failure (not thrown), anything else is thrown.
     */
    public static void answers(QueryGateway gateway, List<Object> asked, Class<? extends RuntimeException> failure,
                               Function<Object, Object> answers) {
        when(gateway.query(any(), any(ResponseType.class))).thenAnswer(call -> {
            Object query = call.getArgument(0);
            asked.add(query);
            try {
                return CompletableFuture.completedFuture(answers.apply(query));
            } catch (RuntimeException thrown) {
                if (failure.isInstance(thrown)) {
                    return CompletableFuture.failedFuture(thrown);
                }
                throw thrown;
            }
        });
    }

    /** As above, with NotFound (the read side's "no such thing") as the failure handed on. */
    public static void answers(QueryGateway gateway, List<Object> asked, Function<Object, Object> answers) {
        answers(gateway, asked, NotFound.class, answers);
    }
}
