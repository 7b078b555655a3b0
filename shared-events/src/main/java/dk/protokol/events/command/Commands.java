package dk.protokol.events.command;

import java.util.function.Supplier;

/**
 * Port to the command side, for whoever sends commands on a person's behalf (the pages): sends a command, waits
 * for its transaction, and answers either what it created or changed with the global position of its last event
 * (for read-your-writes), or the {@link Refusal} — the same one the API answers with problem+json.
 */
public interface Commands {

    /**
     * For a command that creates something inside an aggregate (an agenda item in a meeting), {@code createdId}
     * names it; otherwise it is the aggregate. A failure that is no refusal (a failure of ours) is thrown.
     */
    Outcome submit(Object command, Object aggregateId, Object createdId);

    default Outcome submit(Object command, Object aggregateId) {
        return submit(command, aggregateId, aggregateId);
    }

    /**
     * Makes the command and sends it: a command its constructor refuses (its limits, {@link InvalidCommand}) is
     * refused like one the command side refuses, and nothing is sent.
     */
    default Outcome make(Supplier<?> command, Object aggregateId) {
        Object made;
        try {
            made = command.get();
        } catch (InvalidCommand invalid) {
            return new Outcome.Refused(Refusal.of(invalid).orElseThrow());
        }
        return submit(made, aggregateId);
    }

    /**
     * Sends the commands of a batch together, in one transaction: every one of them recorded, or none. A batch whose
     * limits are broken is refused with all its errors and nothing is sent; a command the command side refuses
     * refuses them all, its refusal's field named under the command's name in the batch ({@code meetings[2].start},
     * or {@code meetings[2]} for a rule about the command as a whole). Accepted: the position of the last event.
     */
    Outcome submitAll(CommandBatch batch);

    /** What became of a command: accepted (with its result) or refused (with the reason). */
    sealed interface Outcome {

        record Accepted(CommandResult result) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }
}
