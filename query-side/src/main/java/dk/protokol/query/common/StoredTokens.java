package dk.protokol.query.common;

import org.axonframework.eventhandling.Segment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The positions of a streaming processor's segments as its tokens are stored (shared by every node), read without
 * claiming them; empty when the store cannot tell. Implemented by infra over the token table.
 */
public interface StoredTokens {

    StoredTokens NONE = processorName -> Map.of();

    /** Each segment of the processor with the global position its stored token has reached (-1 for none yet). */
    Map<Segment, Long> positions(String processorName);

    /** An event in the store: its sequence (the aggregate it belongs to) and its payload type as stored. */
    record StoredEvent(String sequence, String payloadType) {
    }

    /**
     * The events stored after position {@code after}, up to and including {@code upTo}, in order; empty when the
     * store cannot tell, there are too many to read, or no event is stored at {@code upTo} (the caller then waits as if
     * some were its own).
     */
    default Optional<List<StoredEvent>> eventsBetween(long after, long upTo) {
        return Optional.empty();
    }
}
