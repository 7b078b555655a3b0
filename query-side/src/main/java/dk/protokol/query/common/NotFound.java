package dk.protokol.query.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A query named something the read side does not know; infra's error handler answers it as a 404
 * problem. The status here is only the fallback where no handler is installed. Message in Danish.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
