package dk.protokol.infra.eventstore;

import dk.protokol.command.common.EventPositions;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Read-your-writes on Axon Server (issue 15, item 4). Axon Server does not tell the global position of an
 * aggregate's newest event (an aggregate's events come back without their tokens), so a command answers with the
 * store's head as it is after the command committed: at least the command's own last position, so a read that waits
 * for it sees the write (perhaps after also waiting for a few later events). -1 for an aggregate without events.
 */
public class AxonServerEventPositions implements EventPositions {

    private final EventStore eventStore;

    public AxonServerEventPositions(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Override
    public long headOf(String aggregateId) {
        if (eventStore.lastSequenceNumberFor(aggregateId).isEmpty()) {
            return -1;
        }
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
