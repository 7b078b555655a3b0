package dk.protokol.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a body (organ, udvalg, gruppe). Serialised as the bare UUID string. */
public record BodyId(UUID value) {

    public BodyId {
        Objects.requireNonNull(value, "value");
    }

    public static BodyId random() {
        return new BodyId(UUID.randomUUID());
    }

    @JsonCreator
    public static BodyId of(String value) {
        return new BodyId(UUID.fromString(value));
    }

    public static BodyId of(UUID value) {
        return new BodyId(value);
    }

    /** For input that may lack the id: null stays null, for the command's limits to refuse with a message. */
    public static BodyId ofNullable(UUID value) {
        return value == null ? null : new BodyId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
