package dk.protokol.events.command;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Several commands a person sends in one step (the year's meetings of a plan), each under the name of the input it
 * was made from ({@code meetings[2]}). Every command is made first — its constructor checks its limits — and the
 * broken limits of all of them are kept, each field named under its command's name ({@code meetings[2].start}), so
 * that nothing is sent unless every one of them can be; {@link Commands#submitAll} then sends them together.
 */
public final class CommandBatch {

    private final Map<String, Object> commands = new LinkedHashMap<>();
    private final List<FieldMessage> errors = new ArrayList<>();

    /** Makes the command named {@code name}; a command its limits refuse is kept as errors, not as a command. */
    public CommandBatch add(String name, Supplier<?> command) {
        try {
            commands.put(name, command.get());
        } catch (InvalidCommand invalid) {
            invalid.errors().forEach(error -> errors.add(new FieldMessage(fieldOf(name, error.field()),
                    error.message())));
        }
        return this;
    }

    /** A limit of the whole step, or of one command's input, that no command's constructor checks. */
    public CommandBatch refuse(String field, String message) {
        errors.add(new FieldMessage(field, message));
        return this;
    }

    /**
     * The name of a command's field within the batch: {@code meetings[2].start}, or the command's own name. The
     * batch's main command may have the empty name: its fields keep their own names ({@code start}).
     */
    public static String fieldOf(String name, String field) {
        return field == null ? name : name.isEmpty() ? field : name + "." + field;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    /** Every broken limit, in the order the commands were added. */
    public List<FieldMessage> errors() {
        return List.copyOf(errors);
    }

    /** The commands made, by name, in the order they were added. */
    public Map<String, Object> commands() {
        return Collections.unmodifiableMap(commands);
    }

    /** The refusal of the whole batch for its broken limits; only when it is not {@link #isValid()}. */
    public InvalidCommand invalid() {
        if (isValid()) {
            throw new IllegalStateException("the batch is valid");
        }
        return new InvalidCommand(errors);
    }
}
