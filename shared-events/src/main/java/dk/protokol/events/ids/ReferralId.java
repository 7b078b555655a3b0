package dk.protokol.events.ids;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;
import java.util.UUID;

/** Identity of a referral (henvisning) of a case to another body; it also names the case. Serialised as the bare UUID string. */
public record ReferralId(UUID value) {

    public ReferralId {
        Objects.requireNonNull(value, "value");
    }

    public static ReferralId random() {
        return new ReferralId(UUID.randomUUID());
    }

    @JsonCreator
    public static ReferralId of(String value) {
        return new ReferralId(UUID.fromString(value));
    }

    public static ReferralId of(UUID value) {
        return new ReferralId(value);
    }

    /** For input that may lack the id: null stays null, for the command's limits to refuse with a message. */
    public static ReferralId ofNullable(UUID value) {
        return value == null ? null : new ReferralId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
