package dk.protokol.infra.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Strict JSON for what the API is sent (issue 11): the application's ObjectMapper, the one Spring MVC reads request
 * bodies with, takes each value only in its own JSON type and form. Stored events are not read with it: Axon's
 * serializers use their own mapper ({@code EventJson.newMapper()}, infra's SerializerConfiguration), which stays
 * lenient so that old events keep reading.
 * <ul>
 *   <li>a key given twice in one object ({@code {"reason":"a","reason":"b"}}) is refused, not "the last one wins";</li>
 *   <li>an enum is its name, never a number ({@code "outcome": 1});</li>
 *   <li>an integer is an integer ({@code 1.5} votes is refused, as is {@code "5"}); a boolean is {@code true} or
 *   {@code false}, never {@code 1} or {@code "true"};</li>
 *   <li>a text is a JSON string ({@code "username": false} is refused) without control characters: NUL and the
 *   other C0/C1 control characters and unpaired surrogates are refused, tab, CR and LF are kept;</li>
 *   <li>a date is a string {@code YYYY-MM-DD} with a year from 1000 to 9999 (never a number such as
 *   {@code 20260101}); a local date-time has no zone: {@code 2026-01-01T10:00Z} is refused rather than silently
 *   dropping the zone. Meeting times are the exception that converts: they take an offset and become the
 *   Copenhagen time it denotes (command-side's {@code DanishMeetingTime}, on those fields).</li>
 * </ul>
 * Each refusal is a 400 problem+json naming the field ({@link ApiExceptionHandler}).
 */
@Configuration(proxyBeanMethods = false)
public class StrictJson {

    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern LOCAL_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?");

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictRequestJson() {
        return builder -> builder
                .featuresToEnable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature(),
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .modulesToInstall(modules -> modules.add(module()))
                .postConfigurer(StrictJson::refuseCoercions);
    }

    /** The module alone, for a mapper of one's own (tests). */
    public static SimpleModule module() {
        return new SimpleModule("protokol-strict-json")
                .addDeserializer(String.class, new Text())
                .addDeserializer(LocalDate.class, new Date())
                .addDeserializer(LocalDateTime.class, new LocalTime());
    }

    static void refuseCoercions(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    /**
     * The first character of {@code text} that is not to be stored, or -1: C0 controls but tab, LF and CR, DEL, the
     * C1 controls, and a surrogate without its pair (PostgreSQL refuses NUL; the others corrupt what is shown).
     */
    public static int forbiddenCharacterAt(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F) {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The message for a text with a control character at {@code index} (0-based), in Danish. */
    public static String controlCharacterMessage(CharSequence text, int index) {
        return "Teksten indeholder et kontroltegn (U+%04X) på plads %d, som ikke kan gemmes; fjern det."
                .formatted((int) text.charAt(index), index + 1);
    }

    /** A JSON string and nothing else (no number, boolean, object or array made into text). */
    static final class Text extends StdScalarDeserializer<String> {

        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = parser.getText();
            int at = forbiddenCharacterAt(text);
            if (at >= 0) {
                throw new RefusedJsonValue(parser, String.class, controlCharacterMessage(text, at));
            }
            return text;
        }
    }

    /** {@code YYYY-MM-DD}, a real day, a year from 1000 to 9999. */
    static final class Date extends StdScalarDeserializer<LocalDate> {

        Date() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
            }
            String text = parser.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (!DATE.matcher(text).matches()) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not YYYY-MM-DD");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException e) {
                return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a day");
            }
            checkYear(parser, LocalDate.class, date.getYear());
            return date;
        }
    }

    /** A local date and time without zone or offset ({@code 2026-03-04T10:00}), a year from 1000 to 9999. */
    static final class LocalTime extends StdScalarDeserializer<LocalDateTime> {

        LocalTime() {
            super(LocalDateTime.class);
        }

        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDateTime) context.handleUnexpectedToken(LocalDateTime.class, parser);
            }
            String text = parser.getText().strip();
            if (text.isEmpty()) {
                return null;
            }
            if (!LOCAL_DATE_TIME.matcher(text).matches()) {
                if (text.endsWith("Z") || text.matches(".*T.*[+-]\\d{2}(:?\\d{2})?$")) {
                    throw new RefusedJsonValue(parser, LocalDateTime.class, "Tidspunktet skal angives som dansk "
                            + "lokal tid uden tidszone, fx 2026-03-04T10:00.");
                }
                return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text, "not local");
            }
            LocalDateTime time;
            try {
                time = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            } catch (DateTimeParseException e) {
                return (LocalDateTime) context.handleWeirdStringValue(LocalDateTime.class, text, "not a time");
            }
            checkYear(parser, LocalDateTime.class, time.getYear());
            return time;
        }
    }

    static void checkYear(JsonParser parser, Class<?> type, int year) throws RefusedJsonValue {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RefusedJsonValue(parser, type, "Året skal ligge mellem " + FIRST_YEAR + " og " + LAST_YEAR
                    + ".");
        }
    }
}
