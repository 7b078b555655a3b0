package dk.protokol.command;

import dk.protokol.events.command.InvalidCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Stands in, in the controllers' slice tests, for infra's ApiExceptionHandler on the one point these tests ask
 * about: a command its constructor refuses (its limits) is a 400 naming the fields (ErrorAnswersTest proves the
 * real answer in infra).
 */
@RestControllerAdvice
class InvalidCommandAnswers {

    @ExceptionHandler(InvalidCommand.class)
    ProblemDetail invalid(InvalidCommand invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setProperty("errors", invalid.errors());
        return problem;
    }
}
