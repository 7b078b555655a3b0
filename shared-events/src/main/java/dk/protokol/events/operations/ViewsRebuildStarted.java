package dk.protokol.events.operations;

import org.axonframework.serialization.Revision;

import java.util.List;

/** Every view was reset and replays from the first event: which processing groups, and who asked. */
@Revision("1")
public record ViewsRebuildStarted(List<String> processingGroups, String requestedBy) implements OperationEvent {
}
