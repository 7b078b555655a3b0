package dk.protokol.query.common;

import dk.protokol.events.ids.PersonId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * When a change was recorded and who recorded it, as the stored message says (its timestamp and the audit
 * metadata every command's events carry, DESIGN principle 6), never a clock. {@code userId} is the
 * account's username ("system" for work nobody asked for in person); {@code personId} the person the
 * account is linked to, when it is. Either may be absent on events appended by other means.
 */
public record Stamp(Instant at, String userId, PersonId personId) {

    /** The metadata keys infra's audit interceptor writes. */
    public static final String USER_ID = "userId";
    public static final String PERSON_ID = "personId";

    /** Business dates (due dates, "today") are Danish dates. */
    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    public Stamp {
        Objects.requireNonNull(at, "at");
    }

    public static Stamp of(RecordedEvent event) {
        return of(event.recordedAt(), event.metaData());
    }

    public static Stamp of(Instant at, Map<String, ?> metaData) {
        Object user = metaData == null ? null : metaData.get(USER_ID);
        Object person = metaData == null ? null : metaData.get(PERSON_ID);
        return new Stamp(at, user == null ? null : user.toString(), personId(person));
    }

    /** The Danish calendar day the change was recorded on. */
    public LocalDate date() {
        return LocalDate.ofInstant(at, DANISH_TIME);
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
