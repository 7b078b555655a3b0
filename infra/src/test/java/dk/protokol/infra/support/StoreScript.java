package dk.protokol.infra.support;

import dk.protokol.events.action.ActionItemEvent;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.PersonEvent;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Writes a story straight into the event store, as the aggregates would, with recording times chosen by the
 * test: each event is recorded a whole number of seconds after {@code start}. What the subscribing handlers
 * record in the same transaction (the ActionItemOpened of an ActionAgreed) is recorded at the same time: Axon's
 * event clock is held there meanwhile. Also rebuilds projections from the store and checks that their rows
 * come out the same.
 */
public final class StoreScript {

    /** A projection to rebuild: its processing group, and a table of it that resetting the group empties. */
    public record Projection(String group, String table) {
    }

    /** Metadata of an event recorded by the secretary's account. */
    public static final Map<String, String> BY_SECRETARY = Map.of("userId", "sekretaer");

    private final EventStore eventStore;
    private final PlatformTransactionManager transactionManager;
    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final Instant start;
    private int nextSecond;

    public StoreScript(ApplicationContext context, Instant start) {
        this.eventStore = context.getBean(EventStore.class);
        this.transactionManager = context.getBean(PlatformTransactionManager.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.processing = context.getBean(EventProcessingConfiguration.class);
        this.start = start;
    }

    /** Appends one event, recorded by the secretary one second after the previous one; answers the head position. */
    public long append(Object payload) {
        return append(BY_SECRETARY, payload);
    }

    /** Appends one event with {@code metaData}, one second after the previous one; answers the head position. */
    public long append(Map<String, ?> metaData, Object payload) {
        return appendAt(nextSecond, metaData, payload);
    }

    /**
     * Appends events (of any aggregates) in one transaction, recorded {@code second} seconds after the start;
     * the next {@link #append} follows one second later. Answers the head position.
     */
    public long appendAt(int second, Map<String, ?> metaData, Object... payloads) {
        Instant at = start.plusSeconds(second);
        nextSecond = second + 1;
        Clock eventClock = GenericEventMessage.clock;
        GenericEventMessage.clock = Clock.fixed(at, ZoneOffset.UTC);
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                for (Object payload : payloads) {
                    publish(at, metaData, payload);
                }
            });
        } finally {
            GenericEventMessage.clock = eventClock;
        }
        return head();
    }

    /** When the last appended event was recorded. */
    public Instant lastRecorded() {
        return start.plusSeconds(nextSecond - 1L);
    }

    /** The global position of the newest event in the store. */
    public long head() {
        return jdbc.queryForObject("SELECT MAX(global_index) FROM domain_event_entry", Long.class);
    }

    /**
     * Rebuilds each of {@code projections} (see {@link #rebuild}) up to {@code head} and checks that the rows
     * {@code rowsQuery} selects (ordered, so that they compare) are the same after as before.
     */
    public void rebuildsIdentically(String rowsQuery, long head, Projection... projections) {
        List<Map<String, Object>> before = jdbc.queryForList(rowsQuery);
        for (Projection projection : projections) {
            rebuild(projection.group(), projection.table(), head);
        }
        assertThat(jdbc.queryForList(rowsQuery)).isEqualTo(before);
    }

    /**
     * Replays processing group {@code group} from the start of the store: checks that resetting it emptied
     * {@code table}, then waits until it has processed up to {@code head} again.
     */
    public void rebuild(String group, String table, long head) {
        StreamingEventProcessor processor = processing
                .eventProcessorByProcessingGroup(group, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class)).isZero();
        processor.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> !processor.isReplaying()
                && processor.processingStatus().values().stream()
                .allMatch(status -> status.getCurrentPosition().orElse(-1) >= head));
    }

    /** Publishes as the owning aggregate would; an event of no known aggregate gets an aggregate of its own. */
    private void publish(Instant at, Map<String, ?> metaData, Object payload) {
        String type;
        String aggregateId;
        if (payload instanceof BodyEvent event) {
            type = "Body";
            aggregateId = event.bodyId().toString();
        } else if (payload instanceof PersonEvent event) {
            type = "Person";
            aggregateId = event.personId().toString();
        } else if (payload instanceof MeetingEvent event) {
            type = "Meeting";
            aggregateId = event.meetingId().toString();
        } else if (payload instanceof ActionItemEvent event) {
            type = "ActionItem";
            aggregateId = event.actionId().toString();
        } else {
            type = "Other";
            aggregateId = UUID.randomUUID().toString();
        }
        long sequence = eventStore.lastSequenceNumberFor(aggregateId).map(n -> n + 1).orElse(0L);
        eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, metaData,
                UUID.randomUUID().toString(), at));
    }
}
