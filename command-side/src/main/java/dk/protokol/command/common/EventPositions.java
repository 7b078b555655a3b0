package dk.protokol.command.common;

/**
 * Port to the event store: the global position of an aggregate's latest event. A command answers with
 * it so that a client can read its own writes ({@code minPosition}).
 */
public interface EventPositions {

    /** Global index of the newest event of the aggregate, or -1 if it has none. */
    long headOf(String aggregateId);
}
