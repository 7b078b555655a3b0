package dk.protokol.web.secretary;

import org.springframework.http.HttpStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * One posted form on its way to a command: what was typed (kept verbatim, so that a page rendered again after a
 * failure shows it all), and what is wrong with it, per field or for the form as a whole. The parse helpers
 * record a Danish message beside the field and answer null; the controller sends nothing while any is recorded.
 */
final class Submission {

    private final String formId;
    private final Map<String, String> typed;
    private final Map<String, String> fieldErrors = new LinkedHashMap<>();
    private final Function<String, String> texts;
    private String formError;
    private HttpStatus status = HttpStatus.BAD_REQUEST;

    Submission(String formId, Map<String, String> typed, Function<String, String> texts) {
        this.formId = formId;
        this.typed = Collections.unmodifiableMap(new LinkedHashMap<>(typed));
        this.texts = texts;
    }

    String formId() {
        return formId;
    }

    Map<String, String> typed() {
        return typed;
    }

    Map<String, String> fieldErrors() {
        return Collections.unmodifiableMap(fieldErrors);
    }

    String formError() {
        return formError;
    }

    HttpStatus status() {
        return status;
    }

    boolean hasErrors() {
        return !fieldErrors.isEmpty() || formError != null;
    }

    /** A failure of the whole form, or beside {@code field} when the form has that field. */
    void fail(HttpStatus status, String field, String message) {
        this.status = status;
        if (field != null && typed.containsKey(field)) {
            fieldErrors.putIfAbsent(field, message);
        } else {
            formError = message;
        }
    }

    void reject(String field, String messageKey) {
        fieldErrors.putIfAbsent(field, texts.apply(messageKey));
    }

    String text(String field, boolean required) {
        String value = typed.get(field);
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, "secretary.error.required");
            }
            return null;
        }
        return value.strip();
    }

    UUID id(String field, boolean required) {
        String value = text(field, required);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            reject(field, "secretary.error.choice");
            return null;
        }
    }

    LocalDateTime dateTime(String field) {
        String value = text(field, true);
        if (value == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            reject(field, "secretary.error.dateTime");
            return null;
        }
    }

    LocalDate date(String field) {
        String value = text(field, true);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(field, "secretary.error.date");
            return null;
        }
    }

    Integer count(String field) {
        String value = text(field, false);
        if (value == null) {
            return null;
        }
        try {
            int count = Integer.parseInt(value);
            if (count < 0) {
                reject(field, "secretary.error.count");
                return null;
            }
            return count;
        } catch (NumberFormatException e) {
            reject(field, "secretary.error.count");
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, Set<E> allowed) {
        String value = text(field, false);
        if (value == null) {
            reject(field, "secretary.error.choose");
            return null;
        }
        try {
            E chosen = Enum.valueOf(type, value);
            if (allowed.contains(chosen)) {
                return chosen;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        reject(field, "secretary.error.choice");
        return null;
    }
}
