package dk.protokol.events.command;

/** The answer to a command: the id of what it created or changed, and the global position of its last event. */
public record CommandResult(String id, long position) {
}
