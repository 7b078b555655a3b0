package dk.protokol.events.operations;

import org.axonframework.serialization.Revision;

/** A processing group's parked sequences were offered to it again: how many it took, and who asked. */
@Revision("1")
public record DeadLettersRetried(String processingGroup, int sequencesTaken, String retriedBy)
        implements OperationEvent {
}
