package dk.protokol.query.common;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.util.List;
import java.util.Map;

/**
 * A query whose parameters cannot be answered (a period that ends before it begins): a 400 problem in the
 * shape of API.md, {@code errors: [{field, message}]}, built without reaching into infra.
 */
public final class InvalidQuery {

    private InvalidQuery() {
    }

    public static ErrorResponseException of(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
