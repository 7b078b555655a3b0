package dk.protokol.events.command;

/**
 * A command names something that does not exist (a person, a body). Answered as 404.
 * {@code field} is the command field that held the unknown id.
 */
public class UnknownReference extends RuntimeException {

    private final String field;

    public UnknownReference(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
