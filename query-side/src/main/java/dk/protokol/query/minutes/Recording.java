package dk.protokol.query.minutes;

import dk.protokol.events.ids.PersonId;
import dk.protokol.query.common.RecordedEvent;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * When an event was recorded and by whom: what {@link MinutesFold} needs beyond the event itself, taken
 * from the stored message (its timestamp, and the {@code personId} every command's events carry in
 * their metadata), never from a clock. {@code by} is null for work no linked person asked for.
 */
public record Recording(Instant at, PersonId by) {

    /** The metadata key infra puts the acting person's id under (DESIGN principle 6). */
    public static final String PERSON_ID = "personId";

    public Recording {
        Objects.requireNonNull(at, "at");
    }

    public static Recording of(RecordedEvent event) {
        return of(event.recordedAt(), event.metaData());
    }

    public static Recording of(Instant at, Map<String, ?> metaData) {
        return new Recording(at, personId(metaData == null ? null : metaData.get(PERSON_ID)));
    }

    private static PersonId personId(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return PersonId.of(value.toString());
        } catch (IllegalArgumentException notAnId) {
            // metadata is not validated on the way in; an odd value names nobody
            return null;
        }
    }
}
