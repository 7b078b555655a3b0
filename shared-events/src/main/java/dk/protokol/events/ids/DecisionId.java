package dk.protokol.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a decision (beslutning). Serialised as the bare UUID string. */
public record DecisionId(UUID value) {

    public DecisionId {
        Objects.requireNonNull(value, "value");
    }

    public static DecisionId random() {
        return new DecisionId(UUID.randomUUID());
    }

    @JsonCreator
    public static DecisionId of(String value) {
        return new DecisionId(UUID.fromString(value));
    }

    public static DecisionId of(UUID value) {
        return new DecisionId(value);
    }

    /** For input that may lack the id: null stays null, for the command's limits to refuse with a message. */
    public static DecisionId ofNullable(UUID value) {
        return value == null ? null : new DecisionId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
