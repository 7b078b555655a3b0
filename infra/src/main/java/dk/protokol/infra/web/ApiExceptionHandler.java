package dk.protokol.infra.web;

import dk.protokol.events.command.FieldMessage;
import dk.protokol.events.command.meeting.AttachmentFile;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dk.protokol.events.command.InvalidCommand;
import dk.protokol.events.command.BatchRefused;
import dk.protokol.events.command.Refusal;
import dk.protokol.events.command.RuleViolation;
import dk.protokol.events.command.UnknownReference;
import dk.protokol.infra.eventstore.UnreadableStoredEvent;
import dk.protokol.infra.node.CommandsRefusedHere;
import dk.protokol.query.common.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns every failure of an API call into problem+json (DESIGN.md principle 8, API.md "Conventions"):
 * 400 with {@code errors: [{field, message}]} for input that cannot be used, 404 for an unknown id, 409 for a
 * rule of the domain ({@code rule}) or a concurrent change, 413 for a body that is too large. A 500 is an
 * unexpected failure of ours: logged with the correlation id, answered without internals.
 * <p>
 * How command failures arrive: {@code CommandGateway.sendAndWait} on the local command bus rethrows a
 * handler's unchecked exception unchanged and wraps only checked ones in {@link CommandExecutionException};
 * {@code send(..)} fails its future with the unchanged exception (so {@code join()} gives a
 * {@link CompletionException}); a distributed command bus (Axon Server) delivers a
 * {@link CommandExecutionException} whose cause is a remote stand-in and whose {@code getDetails()} carries
 * whatever the handler side put there. All of these are unwrapped here.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** The bilag's size limit, for the 413 of an upload; absent in slice tests without it. */
    @org.springframework.beans.factory.annotation.Autowired(required = false)
    private AttachmentUploads uploads;
    private static final int MAX_ECHOED_VALUE = 80;
    /** Jackson's message for a key given twice: {@code Duplicate Object property "reason"} (older: field 'reason'). */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate [^\"']*[\"']([^\"']*)[\"']");

    // ---- the domain and Axon

    @ExceptionHandler({RuleViolation.class, UnknownReference.class, AggregateNotFoundException.class,
            ConcurrencyException.class, AggregateStreamCreationException.class, ConflictingModificationException.class,
            InvalidCommand.class, BatchRefused.class, CommandExecutionException.class, CompletionException.class,
            ExecutionException.class, IncompatibleAggregateException.class})
    ResponseEntity<ProblemDetail> refused(Exception failure, HttpServletRequest request) throws Exception {
        UnreadableStoredEvent unreadable = UnreadableStoredEvent.in(failure);
        if (unreadable != null) {
            return unreadable(unreadable, request);
        }
        if (failure.getCause() instanceof CommandsRefusedHere refusedHere) {
            return notOnThisNode(refusedHere, request);
        }
        Optional<Refusal> refusal = Refusal.of(failure);
        if (refusal.isEmpty() && isAnotherKindOfId(failure)) {
            return answer(Problems.of(HttpStatus.NOT_FOUND, "Id'et hører til noget andet end det, forespørgslen "
                    + "gælder (fx en person, hvor der skal stå et møde)."));
        }
        if (refusal.isEmpty()) {
            return unexpected(failure, request);
        }
        return answer(problemFor(refusal.get()));
    }

    @ExceptionHandler({NotFound.class, InvalidInput.class, PayloadTooLarge.class})
    ResponseEntity<ProblemDetail> refusedByTheReadSideOrTheRequest(Exception failure) {
        if (failure instanceof NotFound notFound) {
            return answer(Problems.of(HttpStatus.NOT_FOUND, notFound.getMessage()));
        }
        if (failure instanceof InvalidInput invalid) {
            return answer(Problems.invalid(new FieldMessage(invalid.field(), invalid.getMessage())));
        }
        return answer(tooLarge(((PayloadTooLarge) failure).limit()));
    }

    /**
     * A command sent to a query node (issue 15): 503, nothing recorded, another node takes it (a load balancer may
     * send it on; see {@link dk.protokol.infra.node.QueryNodeRefusesCommands}). Pages keep the error page.
     */
    @ExceptionHandler(CommandsRefusedHere.class)
    ResponseEntity<ProblemDetail> notOnThisNode(CommandsRefusedHere refused, HttpServletRequest request)
            throws Exception {
        if (!ApiRequests.isApi(request)) {
            throw refused;
        }
        return answer(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, CommandsRefusedHere.MESSAGE));
    }

    /** Spring Security answers these itself (401/403 as problem+json, see SecurityConfiguration). */
    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void leaveToSpringSecurity(RuntimeException failure) {
        throw failure;
    }

    /**
     * An event of the aggregate's stream cannot be read (issue 13): nothing can be decided on the aggregate until an
     * administrator has looked at the event. 503, the event named by its position and id; nothing was recorded.
     */
    @ExceptionHandler(UnreadableStoredEvent.class)
    ResponseEntity<ProblemDetail> unreadable(UnreadableStoredEvent unreadable, HttpServletRequest request)
            throws Exception {
        if (!ApiRequests.isApi(request)) {
            throw unreadable; // pages keep the error page
        }
        String correlationId = CorrelationIdFilter.of(request);
        log.error("{} {} refused: an event of aggregate {} cannot be read (correlation id {})", request.getMethod(),
                request.getRequestURI(), unreadable.aggregateId(), correlationId, unreadable);
        String type = unreadable.payloadType() == null ? "ukendt type"
                : unreadable.payloadType().substring(unreadable.payloadType().lastIndexOf('.') + 1);
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Der kan ikke registreres noget her nu: "
                + "hændelse nr. " + unreadable.position() + " (id " + unreadable.eventId() + ", " + type
                + ") i historikken kan ikke læses. En administrator skal se på hændelsen, før der kan registreres mere. "
                + "Intet er registreret. Oplys korrelations-id " + correlationId + " ved henvendelse.");
        Map<String, Object> event = new java.util.LinkedHashMap<>();
        event.put("position", unreadable.position());
        event.put("eventId", unreadable.eventId());
        event.put("payloadType", unreadable.payloadType());
        event.put("aggregateId", unreadable.aggregateId());
        event.put("sequenceNumber", unreadable.sequenceNumber());
        problem.setProperty("unreadableEvent", event);
        problem.setProperty("correlationId", correlationId);
        return answer(problem);
    }

    /** Anything else is a bug of ours, not the client's: log it, tell nothing but where to find the log. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, HttpServletRequest request) throws Exception {
        if (!ApiRequests.isApi(request)) {
            throw failure; // pages keep the error page
        }
        UnreadableStoredEvent unreadable = UnreadableStoredEvent.in(failure);
        if (unreadable != null) {
            return unreadable(unreadable, request);
        }
        String correlationId = CorrelationIdFilter.of(request);
        if (databaseAway(failure)) {
            // the database restarts or is away (issue 13): not a bug, and the client may try again
            log.warn("Database did not answer during {} {} (correlation id {}): {}", request.getMethod(),
                    request.getRequestURI(), correlationId, failure.toString());
            ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Databasen svarede ikke, så "
                    + "handlingen kunne ikke gennemføres. Prøv igen om lidt (med samme Idempotency-Key, så en "
                    + "gentagelse aldrig registreres to gange). Korrelations-id " + correlationId + ".");
            problem.setProperty("correlationId", correlationId);
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        log.error("Unexpected failure of {} {} (correlation id {})", request.getMethod(), request.getRequestURI(),
                correlationId, failure);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                "Der opstod en uventet fejl. Oplys korrelations-id " + correlationId + " ved henvendelse.");
        problem.setProperty("correlationId", correlationId);
        return answer(problem);
    }

    /**
     * The database did not answer: Spring's resource failures (no connection, the connection broken, a transaction
     * that could not begin) or a JDBC failure of SQLState class 08 (connection) or 57P0x (the server shutting down).
     */
    static boolean databaseAway(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.dao.TransientDataAccessResourceException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A command sent to an id of another kind of aggregate (a meeting's command to a person's id): Axon loads the
     * person's events into a meeting, which never gets its identifier. Nothing is recorded; for the client the id is
     * unknown (issue 11's bad-input catalogue found it as a 500).
     */
    private static boolean isAnotherKindOfId(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IncompatibleAggregateException) {
                return true;
            }
        }
        return false;
    }

    /** A command's refusal as problem+json: the same refusal a page shows beside its field. */
    static ProblemDetail problemFor(Refusal refusal) {
        return switch (refusal.kind()) {
            case INVALID -> Problems.invalid(refusal.message(), refusal.errors());
            case RULE, CONFLICT -> {
                ProblemDetail problem = Problems.refused(refusal.rule(), refusal.message());
                if (refusal.field() != null) {
                    problem.setProperty("field", refusal.field());
                }
                yield problem;
            }
            case NOT_FOUND -> {
                ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, refusal.message());
                if (refusal.field() != null) {
                    problem.setProperty("field", refusal.field());
                }
                yield problem;
            }
        };
    }

    // ---- Spring MVC's own failures: 400 with the field named

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException failure,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        for (FieldError error : failure.getBindingResult().getFieldErrors()) {
            errors.add(new FieldMessage(error.getField(), error.getDefaultMessage()));
        }
        for (ObjectError error : failure.getBindingResult().getGlobalErrors()) {
            errors.add(new FieldMessage(null, error.getDefaultMessage()));
        }
        return invalid(errors, headers);
    }

    /** Constraints on {@code @RequestParam}, {@code @PathVariable} and friends (Spring 6.1 method validation). */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException failure,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldMessage> errors = new ArrayList<>();
        failure.getParameterValidationResults().forEach(result -> {
            String parameter = inputName(result.getMethodParameter());
            result.getResolvableErrors().forEach(error -> errors.add(new FieldMessage(
                    error instanceof FieldError fieldError ? fieldError.getField() : parameter,
                    error.getDefaultMessage())));
        });
        return invalid(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = failure.getCause();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof PayloadTooLarge tooLarge) {
                return new ResponseEntity<>(tooLarge(tooLarge.limit()), headers, HttpStatus.PAYLOAD_TOO_LARGE);
            }
        }
        FieldMessage error;
        // a parser's refusal inside a list arrives wrapped in a mapping exception that knows the list's path
        String where = cause instanceof JsonMappingException wrapper && !wrapper.getPath().isEmpty()
                ? path(wrapper) : null;
        Throwable parsing = cause;
        while (parsing instanceof JsonMappingException && parsing.getCause() instanceof JsonProcessingException inner) {
            parsing = inner;
        }
        if (parsing instanceof StreamConstraintsException) {
            error = new FieldMessage(where, "Indholdet er for stort eller for dybt indlejret til at blive læst.");
        } else if (parsing instanceof StreamReadException read && read.getProcessor() != null
                && read.getOriginalMessage() != null && read.getOriginalMessage().startsWith("Duplicate ")) {
            error = new FieldMessage(duplicated(where, read.getProcessor().getParsingContext(),
                    read.getOriginalMessage()), "Feltet står mere end én gang; angiv det én gang.");
        } else if (parsing instanceof InputCoercionException coercion && coercion.getProcessor() != null) {
            error = new FieldMessage(where != null ? where : pathOf(coercion.getProcessor().getParsingContext()),
                    "Tallet er uden for det tilladte område: forventede " + expected(coercion.getTargetType()) + ".");
        } else if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            error = new FieldMessage(path(mapping), describe(mapping));
        } else if (cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && cause.getMessage() != null && cause.getMessage().startsWith("No content")) {
            error = new FieldMessage(null, "Forespørgslen mangler indhold (JSON).");
        } else if (cause instanceof JsonMappingException mapping) {
            error = new FieldMessage(null, describe(mapping));
        } else if (cause instanceof JsonProcessingException syntax) {
            error = new FieldMessage(null, "Indholdet er ikke gyldig JSON" + where(syntax.getLocation()) + ".");
        } else if (failure.getMessage() != null && failure.getMessage().startsWith("Required request body")) {
            error = new FieldMessage(null, "Forespørgslen mangler indhold (JSON).");
        } else {
            error = new FieldMessage(null, "Indholdet kunne ikke læses.");
        }
        return invalid(List.of(error), headers);
    }

    /** A query parameter or path variable of the wrong type, e.g. {@code on=yesterday}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException failure, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = failure instanceof MethodArgumentTypeMismatchException argument
                ? inputName(argument.getParameter())
                : failure.getPropertyName();
        String message = "Ugyldig værdi " + quoted(failure.getValue()) + ": forventede "
                + expected(failure.getRequiredType()) + ".";
        return invalid(List.of(new FieldMessage(name, message)), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException failure, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return invalid(List.of(new FieldMessage(failure.getParameterName(), "Parameteren mangler.")), headers);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException failure,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        // the multipart limits are the bilag's (AttachmentUploads): say so in the words of a file
        ProblemDetail problem = uploads == null ? tooLarge(failure.getMaxUploadSize())
                : Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, uploads.tooLargeMessage());
        return new ResponseEntity<>(problem, headers, HttpStatus.PAYLOAD_TOO_LARGE);
    }

    /** A multipart body that cannot be read (no final boundary, broken part headers): bad input, nothing recorded. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableMultipart(MultipartException failure) {
        if (failure instanceof MaxUploadSizeExceededException tooLarge) {
            return answer(uploads == null ? tooLarge(tooLarge.getMaxUploadSize())
                    : Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, uploads.tooLargeMessage()));
        }
        return answer(Problems.invalid(new FieldMessage(AttachmentFile.FIELD,
                "Forespørgslen kunne ikke læses som multipart/form-data med en fil.")));
    }

    /**
     * Spring's own problems keep their detail but get the Danish title. Outside the API (a page address that
     * does not exist, a form posted to a page that only shows) the answer is left to the error page, which
     * speaks to a person (the web module's {@code PageErrorViews}).
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception failure, @Nullable Object body,
                                                             HttpHeaders headers, HttpStatusCode status,
                                                             WebRequest request) {
        if (request instanceof ServletWebRequest servlet && !ApiRequests.isApi(servlet.getRequest())) {
            // as unexpected() does: Spring's DefaultHandlerExceptionResolver answers it (status, Allow header)
            throw ApiExceptionHandler.<RuntimeException>rethrow(failure);
        }
        ResponseEntity<Object> answer = super.handleExceptionInternal(failure, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail problem) {
            Problems.localised(problem);
            danishDetail(failure).ifPresent(problem::setDetail);
        }
        return answer;
    }

    /** Throws a checked exception unchanged from a method that declares none (the overridden handler's). */
    @SuppressWarnings("unchecked")
    private static <E extends Exception> E rethrow(Exception failure) throws E {
        throw (E) failure;
    }

    private static Optional<String> danishDetail(Exception failure) {
        if (failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException) {
            return Optional.of("Der findes intet på denne adresse.");
        }
        if (failure instanceof HttpRequestMethodNotSupportedException method) {
            String allowed = method.getSupportedHttpMethods() == null ? ""
                    : "; tilladt: " + method.getSupportedHttpMethods().stream().map(HttpMethod::name)
                    .sorted().collect(Collectors.joining(", "));
            return Optional.of("Metoden " + method.getMethod() + " kan ikke bruges her" + allowed + ".");
        }
        if (failure instanceof HttpMediaTypeNotSupportedException) {
            return Optional.of("Indholdstypen understøttes ikke; send JSON (Content-Type: application/json).");
        }
        if (failure instanceof HttpMediaTypeNotAcceptableException) {
            return Optional.of("Svaret kan ikke leveres i det format, der er bedt om (Accept).");
        }
        return Optional.empty();
    }

    // ---- helpers

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static ResponseEntity<Object> invalid(List<FieldMessage> errors, HttpHeaders headers) {
        String detail = errors.size() == 1 ? errors.get(0).message() : "Forespørgslen indeholder ugyldige værdier.";
        return new ResponseEntity<>(Problems.invalid(detail, errors), headers, HttpStatus.BAD_REQUEST);
    }

    private static ProblemDetail tooLarge(long limit) {
        return Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, limit > 0
                ? "Forespørgslen er for stor; den må højst fylde " + limit + " bytes."
                : "Forespørgslen er for stor.");
    }

    /** The name the client used: {@code @RequestParam("on")} rather than the Java parameter's name. */
    private static String inputName(MethodParameter parameter) {
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName();
    }

    /** Jackson's path in the client's terms: {@code members[2].personId}. */
    static String path(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** The path of a key given twice: where the parser stands, and the key its message names. */
    static String duplicated(String where, JsonStreamContext context, String message) {
        Matcher name = DUPLICATE.matcher(message);
        if (where != null) {
            return name.find() ? where + "." + name.group(1) : where;
        }
        String path = pathOf(context);
        if (!name.find() || name.group(1).equals(context.getCurrentName())) {
            return path;
        }
        return path == null ? name.group(1) : path + "." + name.group(1);
    }

    /** Where a parser stands, as {@link #path(JsonMappingException)} names it: {@code meetings[2].start}. */
    static String pathOf(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                parts.add(0, "." + at.getCurrentName());
            } else if (at.inArray()) {
                parts.add(0, "[" + Math.max(at.getCurrentIndex(), 0) + "]");
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String describe(JsonMappingException failure) {
        if (failure instanceof RefusedJsonValue refused) {
            return refused.danish();
        }
        if (failure instanceof InvalidFormatException format) {
            return "Ugyldig værdi " + quoted(format.getValue()) + ": forventede " + expected(format.getTargetType())
                    + ".";
        }
        if (failure instanceof UnrecognizedPropertyException) {
            return "Feltet kendes ikke.";
        }
        if (failure instanceof ValueInstantiationException instantiation) {
            return "Ugyldig værdi: forventede " + expected(instantiation.getType().getRawClass()) + ".";
        }
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Forkert type: forventede " + expected(mismatch.getTargetType()) + ".";
        }
        return "Ugyldig værdi.";
    }

    /** What a value of the type looks like, in words a secretary understands. */
    static String expected(Class<?> type) {
        if (type == null) {
            return "en anden værdi";
        }
        if (type.isEnum()) {
            return "en af værdierne " + Arrays.stream(type.getEnumConstants())
                    .map(constant -> ((Enum<?>) constant).name())
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "en dato på formen ÅÅÅÅ-MM-DD";
        }
        if (type == LocalTime.class) {
            return "et klokkeslæt på formen TT:MM";
        }
        if (type == LocalDateTime.class) {
            return "dato og klokkeslæt på formen ÅÅÅÅ-MM-DDTTT:MM";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return "et tidspunkt med tidszone (ISO-8601), fx 2025-03-01T10:00:00+01:00";
        }
        if (type == Duration.class) {
            return "en varighed (ISO-8601), fx PT1H30M";
        }
        if (type == UUID.class || isIdRecord(type)) {
            return "et id (UUID)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "et heltal";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "et tal";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true eller false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "en tekst";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "en liste";
        }
        return "et objekt";
    }

    /** The typed ids of the published language ({@code PersonId}, {@code BodyId}) are UUIDs on the wire. */
    private static boolean isIdRecord(Class<?> type) {
        RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : null;
        return components != null && components.length == 1 && components[0].getType() == UUID.class;
    }

    private static String quoted(Object value) {
        String text = String.valueOf(value);
        return "'" + (text.length() > MAX_ECHOED_VALUE ? text.substring(0, MAX_ECHOED_VALUE) + "…" : text) + "'";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (linje " + location.getLineNr() + ", kolonne " + location.getColumnNr() + ")";
    }
}
