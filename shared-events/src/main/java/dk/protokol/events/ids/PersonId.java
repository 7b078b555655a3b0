package dk.protokol.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a person. Serialised as the bare UUID string. */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    public static PersonId of(UUID value) {
        return new PersonId(value);
    }

    /** For input that may lack the id: null stays null, for the command's limits to refuse with a message. */
    public static PersonId ofNullable(UUID value) {
        return value == null ? null : new PersonId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
