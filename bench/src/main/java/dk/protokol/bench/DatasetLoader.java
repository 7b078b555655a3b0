package dk.protokol.bench;

import dk.protokol.command.body.OrgLookupRebuilder;
import dk.protokol.events.organisation.PersonRegistered;
import dk.protokol.infra.personal.JdbcPersonalData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a {@link NationalDataset} through the store's own append path: the application's {@link EventStorageEngine}
 * (commit-order lock, audit chain, the event serializer), in transactions of {@code batch} events, with each person's
 * name and e-mail sealed under their own key by the application's {@code PersonalData} as {@code Person} seals them,
 * and the metadata a command's events carry (userId, personId, correlationId, causationId, traceId). Events appended
 * this way pass the command bus and so its subscribing groups (the command side's lookups): {@link #load} fills
 * those afterwards with the application's {@link OrgLookupRebuilder}, as {@code CommandLookupStartup} does at start.
 * Only one batch is held at a time.
 */
public final class DatasetLoader {

    private final EventStorageEngine engine;
    private final JdbcPersonalData personalData;
    private final TransactionTemplate transaction;
    private final OrgLookupRebuilder lookups;
    private final int batch;

    public DatasetLoader(ApplicationContext app, int batch) {
        this.engine = app.getBean(EventStorageEngine.class);
        this.personalData = app.getBean(JdbcPersonalData.class);
        this.transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        this.lookups = app.getBean(OrgLookupRebuilder.class);
        this.batch = batch;
    }

    /** Appends every event of the dataset; answers whether the command side's lookups were filled afterwards. */
    public boolean load(NationalDataset dataset) throws Exception {
        List<NationalDataset.Generated> pending = new ArrayList<>(batch);
        dataset.generate(event -> {
            pending.add(event);
            if (pending.size() >= batch) {
                append(pending);
                pending.clear();
            }
        });
        append(pending);
        return lookups.rebuildIfEmpty();
    }

    private void append(List<NationalDataset.Generated> events) {
        if (events.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            List<EventMessage<?>> messages = new ArrayList<>(events.size());
            for (NationalDataset.Generated event : events) {
                messages.add(message(event));
            }
            engine.appendEvents(messages);
        });
    }

    private DomainEventMessage<?> message(NationalDataset.Generated event) {
        Object payload = event.payload();
        if (payload instanceof PersonRegistered registered) {
            payload = new PersonRegistered(registered.personId(),
                    personalData.seal(registered.personId(), registered.name()),
                    personalData.seal(registered.personId(), registered.email()),
                    personalData.seal(registered.personId(), registered.phone()), registered.organisation());
        }
        Map<String, Object> metaData = new HashMap<>();
        metaData.put("userId", event.userId());
        if (event.personId() != null) {
            metaData.put("personId", event.personId());
        }
        metaData.put("correlationId", event.correlationId());
        metaData.put("causationId", event.causationId());
        metaData.put("traceId", event.causationId());
        return new GenericDomainEventMessage<>(event.aggregateType(), event.aggregateId(), event.sequence(), payload,
                MetaData.from(metaData), event.eventId(), event.timestamp());
    }
}
