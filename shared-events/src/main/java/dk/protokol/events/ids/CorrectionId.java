package dk.protokol.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a recorded correction to approved minutes. Serialised as the bare UUID string. */
public record CorrectionId(UUID value) {

    public CorrectionId {
        Objects.requireNonNull(value, "value");
    }

    public static CorrectionId random() {
        return new CorrectionId(UUID.randomUUID());
    }

    @JsonCreator
    public static CorrectionId of(String value) {
        return new CorrectionId(UUID.fromString(value));
    }

    public static CorrectionId of(UUID value) {
        return new CorrectionId(value);
    }

    /** For input that may lack the id: null stays null, for the command's limits to refuse with a message. */
    public static CorrectionId ofNullable(UUID value) {
        return value == null ? null : new CorrectionId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
