package dk.protokol.command.common;

import dk.protokol.events.meeting.MeetingScheduled;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.PersonEvent;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the command side's lookups (organisation: bodies, people, relations, memberships; meetings: which body)
 * from the event store when their tables are empty but events exist (a restored database, a store written
 * before the lookup existed; V5 empties the V2 tables so that the memberships it adds are filled too). A
 * subscribing processor has no token and no reset handler, so this is how the lookups are rebuilt. Meant to be
 * called once at start-up, before commands are taken.
 */
@Component
public class OrgLookupRebuilder {

    private static final Logger log = LoggerFactory.getLogger(OrgLookupRebuilder.class);

    private final EventStore eventStore;
    private final JdbcOrganisationLookup lookup;
    private final OrgLookupUpdater updater;
    private final MeetingLookupUpdater meetingUpdater;
    private final TransactionTemplate transaction;

    public OrgLookupRebuilder(EventStore eventStore, JdbcOrganisationLookup lookup, OrgLookupUpdater updater,
                              MeetingLookupUpdater meetingUpdater, PlatformTransactionManager transactionManager) {
        this.eventStore = eventStore;
        this.lookup = lookup;
        this.updater = updater;
        this.meetingUpdater = meetingUpdater;
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
                if (BodyEvent.class.isAssignableFrom(type) || PersonEvent.class.isAssignableFrom(type)) {
                    updater.record(event.getPayload());
                    recorded++;
                } else if (MeetingScheduled.class.equals(type)) {
                    meetingUpdater.record(event.getPayload());
                    recorded++;
                }
            } while (event.trackingToken().position().orElse(Long.MAX_VALUE) < headPosition);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the organisation lookup", e);
        }
        log.info("Rebuilt the command side's organisation and meeting lookups from {} events up to position {}",
                recorded, headPosition);
        return true;
    }
}
