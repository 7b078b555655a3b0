package dk.protokol.infra.mail;

import dk.protokol.events.organisation.PersonErased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The erasure holds in the outbox too: in processing group {@value #PROCESSING_GROUP}, which runs in the erasure's own
 * transaction ({@code protokol.processing.subscribing}), the person's queued mail is deleted and their other rows lose
 * address, texts and invitation, committed with {@code PersonErased} and the deleted key or not at all. A mail the
 * {@code mail} group queues at the same moment waits for the erasure on the person's key row and is then not queued
 * ({@link OutboxStore#queue}).
 */
@Component
@ProcessingGroup(OutboxErasure.PROCESSING_GROUP)
public class OutboxErasure {

    public static final String PROCESSING_GROUP = "mail-erasure";

    private final OutboxStore outbox;
    private final Clock clock;

    public OutboxErasure(OutboxStore outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @EventHandler
    void on(PersonErased event) {
        outbox.redact(event.personId(), clock.instant());
    }
}
