package dk.protokol.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * A JSON value of the right type that the API still does not take (a control character in a text, a year outside
 * 1000..9999, a local time with a zone), with the Danish message the client is told beside the field
 * ({@link ApiExceptionHandler}). Jackson adds the field's path on its way out of the object.
 */
public class RefusedJsonValue extends MismatchedInputException {

    private final String danish;

    public RefusedJsonValue(JsonParser parser, Class<?> targetType, String danish) {
        super(parser, danish, targetType);
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
