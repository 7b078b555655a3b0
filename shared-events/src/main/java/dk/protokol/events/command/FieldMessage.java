package dk.protokol.events.command;

/**
 * One entry of a 400 answer's {@code errors}: the input field (JSON path such as {@code roles[0]}, a query
 * parameter or a header) and what is wrong with it, in Danish. {@code field} is left out when the whole
 * body is at fault (not JSON at all, missing).
 */
public record FieldMessage(String field, String message) {
}
