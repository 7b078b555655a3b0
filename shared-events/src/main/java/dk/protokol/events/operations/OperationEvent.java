package dk.protokol.events.operations;

/**
 * What an operator did to the system rather than to the organisation or its meetings (issue 12): a rebuild of the
 * views, parked events retried or evicted. Recorded as events without an aggregate, so they stand in the event log
 * and the audit chain with who did it and in which request (the metadata), like every other change.
 */
public sealed interface OperationEvent permits ViewsRebuildStarted, DeadLettersRetried, DeadLettersEvicted {
}
