package dk.protokol.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of an agenda item (punkt) within its meeting. Serialised as the bare UUID string. */
public record AgendaItemId(UUID value) {

    public AgendaItemId {
        Objects.requireNonNull(value, "value");
    }

    public static AgendaItemId random() {
        return new AgendaItemId(UUID.randomUUID());
    }

    @JsonCreator
    public static AgendaItemId of(String value) {
        return new AgendaItemId(UUID.fromString(value));
    }

    public static AgendaItemId of(UUID value) {
        return new AgendaItemId(value);
    }

    /** For input that may lack the id: null stays null, for the command's limits to refuse with a message. */
    public static AgendaItemId ofNullable(UUID value) {
        return value == null ? null : new AgendaItemId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
