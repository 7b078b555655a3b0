package dk.protokol.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of an agreed action (handling); the same id for its whole life. Serialised as the bare UUID string. */
public record ActionId(UUID value) {

    public ActionId {
        Objects.requireNonNull(value, "value");
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    @JsonCreator
    public static ActionId of(String value) {
        return new ActionId(UUID.fromString(value));
    }

    public static ActionId of(UUID value) {
        return new ActionId(value);
    }

    /** For input that may lack the id: null stays null, for the command's limits to refuse with a message. */
    public static ActionId ofNullable(UUID value) {
        return value == null ? null : new ActionId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
