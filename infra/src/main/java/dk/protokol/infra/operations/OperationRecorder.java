package dk.protokol.infra.operations;

import dk.protokol.events.operations.OperationEvent;
import dk.protokol.infra.security.CommandMetadataInterceptor;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.stereotype.Component;

/**
 * Records what an operator did as an event without an aggregate, with the same metadata a command gets (who, which
 * request), so it stands in the event log and the audit chain.
 */
@Component
public class OperationRecorder {

    private final EventBus events;

    public OperationRecorder(EventBus events) {
        this.events = events;
    }

    public void record(OperationEvent operation) {
        events.publish(GenericEventMessage.asEventMessage(operation)
                .andMetaData(CommandMetadataInterceptor.currentMetadata()));
    }
}
