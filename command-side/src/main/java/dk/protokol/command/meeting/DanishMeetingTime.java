package dk.protokol.command.meeting;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * A meeting time as API.md takes it: Copenhagen local time ({@code 2026-03-04T10:00}), or an instant with an offset
 * or zone ({@code 2026-03-04T10:00+01:00}, as calendar systems send them), which is read as the Copenhagen local
 * time it denotes. Anything else is refused as a time that cannot be read (400, naming the field).
 */
final class DanishMeetingTime extends JsonDeserializer<LocalDateTime> {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    @Override
    public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
        }
        String text = parser.getText().strip();
        try {
            LocalDateTime time = read(text);
            if (time.getYear() < 1000 || time.getYear() > 9999) {
                return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                        "year outside 1000..9999");
            }
            return time;
        } catch (DateTimeParseException e) {
            return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text,
                    "not a local date-time or an instant with an offset");
        }
    }

    static LocalDateTime read(String text) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text, ZonedDateTime::from,
                LocalDateTime::from);
        if (parsed instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(COPENHAGEN).toLocalDateTime();
        }
        return (LocalDateTime) parsed;
    }
}
