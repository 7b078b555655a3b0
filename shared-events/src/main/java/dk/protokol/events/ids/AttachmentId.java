package dk.protokol.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a bilag (a file attached to an agenda item). Serialised as the bare UUID string. */
public record AttachmentId(UUID value) {

    public AttachmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AttachmentId random() {
        return new AttachmentId(UUID.randomUUID());
    }

    @JsonCreator
    public static AttachmentId of(String value) {
        return new AttachmentId(UUID.fromString(value));
    }

    public static AttachmentId of(UUID value) {
        return new AttachmentId(value);
    }

    /** For input that may lack the id: null stays null, for the command's limits to refuse with a message. */
    public static AttachmentId ofNullable(UUID value) {
        return value == null ? null : new AttachmentId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
