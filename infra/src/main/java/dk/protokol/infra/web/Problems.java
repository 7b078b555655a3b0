package dk.protokol.infra.web;

import dk.protokol.events.command.FieldMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.List;
import java.util.Map;

/**
 * The problem+json answers of API.md "Conventions" (RFC 9457), in one shape wherever they are written:
 * Danish title and detail; {@code errors} on a 400, {@code rule} on a 409 that a rule refused.
 */
public final class Problems {

    public static final String ERRORS = "errors";
    public static final String RULE = "rule";

    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Ugyldig forespørgsel"),
            Map.entry(401, "Ikke logget ind"),
            Map.entry(403, "Ingen adgang"),
            Map.entry(404, "Ikke fundet"),
            Map.entry(405, "Metoden er ikke tilladt"),
            Map.entry(406, "Svarformatet kan ikke leveres"),
            Map.entry(409, "Konflikt"),
            Map.entry(413, "Forespørgslen er for stor"),
            Map.entry(415, "Indholdstypen understøttes ikke"),
            Map.entry(429, "For mange forsøg"),
            Map.entry(500, "Intern fejl"),
            Map.entry(503, "Tjenesten er midlertidigt utilgængelig"));

    private Problems() {
    }

    public static ProblemDetail invalid(String detail, List<FieldMessage> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, detail);
        problem.setProperty(ERRORS, errors);
        return problem;
    }

    public static ProblemDetail invalid(FieldMessage error) {
        return invalid(error.message(), List.of(error));
    }

    /** A rule refused the request; {@code detail} is the rule's Danish message. */
    public static ProblemDetail refused(String rule, String detail) {
        ProblemDetail problem = of(HttpStatus.CONFLICT, detail);
        problem.setProperty(RULE, rule);
        return problem;
    }

    public static ProblemDetail of(HttpStatus status, String detail) {
        return localised(ProblemDetail.forStatusAndDetail(status, detail));
    }

    /** Replaces Spring's English default title (the reason phrase) with the Danish one. */
    public static ProblemDetail localised(ProblemDetail problem) {
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        String danish = TITLES.get(problem.getStatus());
        if (danish != null && (problem.getTitle() == null
                || status != null && status.getReasonPhrase().equals(problem.getTitle()))) {
            problem.setTitle(danish);
        }
        return problem;
    }
}
