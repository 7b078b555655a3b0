package dk.protokol.web.common;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The pages' "as recorded at" control: a local Danish date and time as a {@code datetime-local} control sends it
 * (seconds optional), and the instant a view is replayed to.
 */
public final class AsOf {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private AsOf() {
    }

    /** The moment typed, or null when none was; a value that is not one is a 400 page naming it. */
    public static LocalDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "»" + value + "« er ikke et tidspunkt. Skriv dato og klokkeslæt, fx 2026-03-01T14:30.");
        }
    }

    /** The instant of a moment in Danish time; null for null. */
    public static Instant instant(LocalDateTime moment) {
        return moment == null ? null : moment.atZone(DANISH_TIME).toInstant();
    }
}
