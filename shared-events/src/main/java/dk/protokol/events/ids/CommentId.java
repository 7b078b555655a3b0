package dk.protokol.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a comment on circulated minutes. Serialised as the bare UUID string. */
public record CommentId(UUID value) {

    public CommentId {
        Objects.requireNonNull(value, "value");
    }

    public static CommentId random() {
        return new CommentId(UUID.randomUUID());
    }

    @JsonCreator
    public static CommentId of(String value) {
        return new CommentId(UUID.fromString(value));
    }

    public static CommentId of(UUID value) {
        return new CommentId(value);
    }

    /** For input that may lack the id: null stays null, for the command's limits to refuse with a message. */
    public static CommentId ofNullable(UUID value) {
        return value == null ? null : new CommentId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
