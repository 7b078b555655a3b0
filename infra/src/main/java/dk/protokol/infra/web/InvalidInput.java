package dk.protokol.infra.web;

/** Input that passed the declarative checks but is still unusable; answered as 400 naming the field. */
public class InvalidInput extends RuntimeException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
