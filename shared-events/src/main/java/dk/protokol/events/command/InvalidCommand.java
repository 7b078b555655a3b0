package dk.protokol.events.command;

import java.util.List;

/**
 * A command was made with input that breaks its limits (a required field left out, a text too long, a vote out
 * of range, an hour that does not exist in Copenhagen): every broken limit with its field and Danish message. Thrown
 * by the command's constructor ({@link Limits}), so no path can send such a command.
 */
public class InvalidCommand extends RuntimeException {

    private final List<FieldMessage> errors;

    public InvalidCommand(List<FieldMessage> errors) {
        super(errors.isEmpty() ? "Ugyldigt input." : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public List<FieldMessage> errors() {
        return errors;
    }
}
