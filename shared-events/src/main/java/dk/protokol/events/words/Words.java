package dk.protokol.events.words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The words of the published language in one language: what the enums are called ("vedtaget", "formand") and how a
 * date is written ("1. juni 2025"). Danish is the default, English the other language. The words are the message
 * bundle {@value #BUNDLE} ({@code words.properties} Danish, {@code words_en.properties} English, UTF-8), the one
 * place they are defined: rule messages, documents and histories read them here, the pages through Spring's
 * MessageSource under the same keys ({@code #{outcome.ADOPTED}}). Immutable and loaded once per language.
 */
public final class Words {

    /** The bundle's base name on the class path. */
    public static final String BUNDLE = "i18n/words";

    public static final Locale DANISH_LOCALE = Locale.forLanguageTag("da-DK");

    public static final Words DANISH = load(DANISH_LOCALE, "");
    public static final Words ENGLISH = load(Locale.ENGLISH, "_en");

    /** The published language's enums whose word prefix is shorter than their name. */
    private static final Map<String, String> PREFIXES = Map.of(
            "AgendaItemKind", "itemKind",
            "DecisionOutcome", "outcome",
            "AttendanceStatus", "attendance",
            "MemberRole", "role",
            "RelationKind", "relation");

    private final Locale locale;
    private final ResourceBundle words;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter time;

    private Words(Locale locale, ResourceBundle words) {
        this.locale = locale;
        this.words = words;
        this.date = pattern("pattern.date");
        this.dateTime = pattern("pattern.dateTime");
        this.longDate = pattern("pattern.longDate");
        this.time = pattern("pattern.time");
    }

    /** English for an English locale, Danish for any other, null included. */
    public static Words of(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DANISH;
    }

    /**
     * The key of an enum constant's word: its enum's prefix, a dot and its name, e.g. {@code outcome.ADOPTED},
     * {@code bodyKind.FORUM}, {@code meetingStatus.CLOSED}. The prefix is the enum's simple name in lower camel case,
     * shortened for a few of the published language's enums ({@code itemKind}, {@code outcome}, {@code attendance},
     * {@code role}, {@code relation}).
     */
    /** The supported language a tag asks for: "en" for English, else "da" (null, blank and any other included). */
    public static String languageOf(String tag) {
        if (tag == null || tag.isBlank()) {
            return "da";
        }
        String primary = Locale.forLanguageTag(tag.strip().replace('_', '-')).getLanguage();
        return "en".equals(primary) ? "en" : "da";
    }

    public static String key(Enum<?> value) {
        return prefix(value.getDeclaringClass()) + "." + value.name();
    }

    /** The prefix of an enum type's keys, see {@link #key}. */
    public static String prefix(Class<?> enumType) {
        String name = enumType.getSimpleName();
        return PREFIXES.getOrDefault(name, Character.toLowerCase(name.charAt(0)) + name.substring(1));
    }

    public Locale locale() {
        return locale;
    }

    /** The word for an enum constant, e.g. "vedtaget" / "adopted"; null for null. */
    public String label(Enum<?> value) {
        return value == null ? null : word(key(value));
    }

    /** The word under {@code key}. */
    public String word(String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No word for " + key + " in " + locale, e);
        }
    }

    /** "1. juni 2025" / "1 June 2025"; null for null. */
    public String date(TemporalAccessor value) {
        return value == null ? null : date.format(value);
    }

    /** "1. juni 2025 kl. 14.00" / "1 June 2025, 14:00" (a local time as it is, no zone conversion); null for null. */
    public String dateTime(TemporalAccessor value) {
        return value == null ? null : dateTime.format(value);
    }

    /** "søndag den 1. juni 2025" / "Sunday 1 June 2025"; null for null. */
    public String longDate(TemporalAccessor value) {
        return value == null ? null : longDate.format(value);
    }

    /** "kl. 14.00" / "14:00"; null for null. */
    public String time(TemporalAccessor value) {
        return value == null ? null : time.format(value);
    }

    private DateTimeFormatter pattern(String key) {
        return DateTimeFormatter.ofPattern(word(key), locale);
    }

    /** One language's file, read as UTF-8 and on its own: no fallback to another language's words. */
    private static Words load(Locale locale, String suffix) {
        String resource = BUNDLE + suffix + ".properties";
        try (InputStream in = Words.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            return new Words(locale, new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }
}
