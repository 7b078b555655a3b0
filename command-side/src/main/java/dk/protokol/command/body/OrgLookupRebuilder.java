package dk.protokol.command.body;

import dk.protokol.command.common.LookupRecorder;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Fills the command side's lookups (organisation: bodies, people, relations, memberships; meetings: which body,
 * which day; actions; referred cases and the titles of agenda items) from the event store when their tables are
 * empty but events exist (a restored database, a store written before the lookup existed; V5 and V9 empty the
 * earlier tables so that the lookups they add are filled too). Every {@link LookupRecorder} is refilled. A
 * subscribing processor has no token and no reset handler, so this is how the lookups are rebuilt. Meant to be
 * called once at start-up, before commands are taken.
 */
@Component
public class OrgLookupRebuilder {

    private static final Logger log = LoggerFactory.getLogger(OrgLookupRebuilder.class);

    private final EventStore eventStore;
    private final JdbcOrganisationLookup lookup;
    private final List<LookupRecorder> recorders;
    private final TransactionTemplate transaction;

    public OrgLookupRebuilder(EventStore eventStore, JdbcOrganisationLookup lookup, List<LookupRecorder> recorders,
                              PlatformTransactionManager transactionManager) {
        this.eventStore = eventStore;
        this.lookup = lookup;
        this.recorders = List.copyOf(recorders);
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** @return whether the lookup was rebuilt */
    public boolean rebuildIfEmpty() {
        // One transaction: a rebuild cut short leaves the tables empty, so the next start-up tries again.
        Boolean rebuilt = transaction.execute(status -> lookup.isEmpty() && replayUpToHead());
        return Boolean.TRUE.equals(rebuilt);
    }

    private boolean replayUpToHead() {
        TrackingToken head = eventStore.createHeadToken();
        long headPosition = head == null ? -1 : head.position().orElse(-1);
        if (headPosition < 0) {
            return false;
        }
        long recorded = 0;
        // Stop at the head seen now rather than at "nothing available": the stream may still be filling
        // its buffer, and waiting for an empty stream could stop early.
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            TrackedEventMessage<?> event;
            do {
                event = stream.nextAvailable();
                Class<?> type = event.getPayloadType();
                boolean counted = false;
                for (LookupRecorder recorder : recorders) {
                    if (recorder.records(type)) {
                        recorder.record(event.getPayload());
                        counted = true;
                    }
                }
                recorded += counted ? 1 : 0;
            } while (event.trackingToken().position().orElse(Long.MAX_VALUE) < headPosition);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the organisation lookup", e);
        }
        log.info("Rebuilt the command side's lookups ({}) from {} events up to position {}",
                recorders.stream().map(r -> r.getClass().getSimpleName()).toList(), recorded, headPosition);
        return true;
    }
}
