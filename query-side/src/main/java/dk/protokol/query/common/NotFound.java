package dk.protokol.query.common;

/** A query named something the read side does not know; answered 404 (mapped in infra). Message in Danish. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
