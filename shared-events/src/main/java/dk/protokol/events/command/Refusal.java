package dk.protokol.events.command;

import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Why a command was not carried out, as whoever sent it is told, the same on every path (the API's problem+json,
 * a page's form): input that breaks a command's limits ({@link Kind#INVALID}, every field with its message), a
 * rule of the domain ({@link Kind#RULE}, named, about a field where it is about one), something named that does
 * not exist ({@link Kind#NOT_FOUND}), or a concurrent change ({@link Kind#CONFLICT}). {@code field} and
 * {@code message} are the first of {@code errors}; all messages are Danish, written for a secretary.
 */
public record Refusal(Kind kind, String rule, String field, String message, List<FieldMessage> errors) {

    /** The rule name of a refusal by a concurrent change (the API's {@code rule}). */
    public static final String CONCURRENT_CHANGE = "ConcurrentChange";
    /** The rule name of a command's broken input limits. */
    public static final String INVALID_INPUT = "InvalidInput";

    /** Each kind with the HTTP status both the API and the pages answer it with. */
    public enum Kind {
        INVALID(400), NOT_FOUND(404), RULE(409), CONFLICT(409);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    public Refusal {
        errors = List.copyOf(errors);
    }

    /**
     * The refusal a failure stands for, looked for in the failure and its causes (a command bus may wrap it, a
     * distributed one keeps only the handler's details); empty for anything else, which is a failure of ours and
     * not the sender's to mend.
     */
    public static Optional<Refusal> of(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 10; depth++, current = current.getCause()) {
            Optional<Refusal> refusal = ofOne(current);
            if (refusal.isPresent()) {
                return refusal;
            }
            if (current instanceof HandlerExecutionException handlerFailure) {
                Optional<Refusal> fromDetails = handlerFailure.getDetails().flatMap(Refusal::ofDetails);
                if (fromDetails.isPresent()) {
                    return fromDetails;
                }
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Refusal> ofOne(Throwable failure) {
        if (failure instanceof BatchRefused refused) {
            return Optional.of(refused.refusal());
        }
        if (failure instanceof InvalidCommand invalid) {
            FieldMessage first = invalid.errors().isEmpty() ? new FieldMessage(null, invalid.getMessage())
                    : invalid.errors().get(0);
            return Optional.of(new Refusal(Kind.INVALID, INVALID_INPUT, first.field(), first.message(),
                    invalid.errors().isEmpty() ? List.of(first) : invalid.errors()));
        }
        if (failure instanceof RuleViolation violation) {
            return Optional.of(rule(violation.rule(), violation.field(), violation.getMessage()));
        }
        if (failure instanceof UnknownReference unknown) {
            return Optional.of(one(Kind.NOT_FOUND, null, unknown.field(), unknown.getMessage()));
        }
        if (failure instanceof AggregateNotFoundException) {
            return Optional.of(one(Kind.NOT_FOUND, null, null, "Der findes intet med det angivne id."));
        }
        if (failure instanceof ConcurrencyException || failure instanceof AggregateStreamCreationException
                || failure instanceof ConflictingModificationException) {
            return Optional.of(one(Kind.CONFLICT, CONCURRENT_CHANGE, null,
                    "En anden har ændret det samme på samme tid. Hent de nyeste oplysninger og prøv igen."));
        }
        return Optional.empty();
    }

    /** A handler-side interceptor may keep the refusal in the details: the exception itself, or {@code {rule, message}}. */
    private static Optional<Refusal> ofDetails(Object details) {
        if (details instanceof Throwable failure) {
            return ofOne(failure);
        }
        if (details instanceof Map<?, ?> map && map.get("rule") != null) {
            Object field = map.get("field");
            return Optional.of(rule(map.get("rule").toString(), field == null ? null : field.toString(),
                    String.valueOf(map.get("message"))));
        }
        return Optional.empty();
    }

    /**
     * The same refusal of one command in a {@link CommandBatch}: its fields named under the command's name there
     * ({@code meetings[2].start}; {@code meetings[2]} where it named none).
     */
    public Refusal under(String name) {
        return new Refusal(kind, rule, CommandBatch.fieldOf(name, field), message, errors.stream()
                .map(error -> new FieldMessage(CommandBatch.fieldOf(name, error.field()), error.message())).toList());
    }

    public static Refusal rule(String rule, String field, String message) {
        return one(Kind.RULE, rule, field, message);
    }

    private static Refusal one(Kind kind, String rule, String field, String message) {
        return new Refusal(kind, rule, field, message, List.of(new FieldMessage(field, message)));
    }
}
