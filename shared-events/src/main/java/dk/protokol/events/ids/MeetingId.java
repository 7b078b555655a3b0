package dk.protokol.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a meeting (møde). Serialised as the bare UUID string. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "value");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    @JsonCreator
    public static MeetingId of(String value) {
        return new MeetingId(UUID.fromString(value));
    }

    public static MeetingId of(UUID value) {
        return new MeetingId(value);
    }

    /** For input that may lack the id: null stays null, for the command's limits to refuse with a message. */
    public static MeetingId ofNullable(UUID value) {
        return value == null ? null : new MeetingId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
