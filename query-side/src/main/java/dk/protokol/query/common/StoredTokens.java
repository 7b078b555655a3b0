package dk.protokol.query.common;

import org.axonframework.eventhandling.Segment;

import java.util.Map;

/**
 * The positions of a streaming processor's segments as its tokens are stored (shared by every node), read without
 * claiming them; empty when the store cannot tell. Implemented by infra over the token table.
 */
public interface StoredTokens {

    StoredTokens NONE = processorName -> Map.of();

    /** Each segment of the processor with the global position its stored token has reached (-1 for none yet). */
    Map<Segment, Long> positions(String processorName);
}
