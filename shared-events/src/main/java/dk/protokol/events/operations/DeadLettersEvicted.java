package dk.protokol.events.operations;

import org.axonframework.serialization.Revision;

/**
 * Parked events were given up on: a processing group's sequence (or all of its sequences when {@code sequence} is
 * null), how many events, who, and why. The events stay in the store; only the view passes them over.
 */
@Revision("1")
public record DeadLettersEvicted(String processingGroup, String sequence, int letters, String evictedBy,
                                 String reason) implements OperationEvent {
}
