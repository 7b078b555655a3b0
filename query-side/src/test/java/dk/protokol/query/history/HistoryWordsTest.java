package dk.protokol.query.history;

import dk.protokol.events.query.history.FindMeetingHistory;
import dk.protokol.events.query.history.FindPersonHistory;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.meeting.MeetingEvent;
import dk.protokol.events.organisation.BodyEvent;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.PersonEvent;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.words.Words;
import dk.protokol.query.organisation.Names;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The history's message bundle: the Danish and the English file have the same keys, every enum of the published
 * language has its words in both, every text is a valid pattern with the same placeholders in both languages, the
 * Danish kinds and outcomes are the minutes' own words, and every kind of event can be told in both languages.
 */
class HistoryWordsTest {

    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(AgendaItemKind.class, DecisionOutcome.class,
            MemberRole.class, BodyKind.class, RelationKind.class, AttendanceStatus.class);

    @Test
    void everyDanishKeyHasAnEnglishOneAndViceVersa() throws IOException {
        Properties danish = file("i18n/history-events.properties");
        Properties english = file("i18n/history-events_en.properties");
        assertThat(danish.stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : danish.stringPropertyNames()) {
            assertThat(danish.getProperty(key)).as("da %s", key).isNotBlank();
            assertThat(english.getProperty(key)).as("en %s", key).isNotBlank();
        }
    }

    @Test
    void everyTextIsAPatternWithTheSamePlaceholdersInBothLanguages() throws IOException {
        Properties danish = file("i18n/history-events.properties");
        Properties english = file("i18n/history-events_en.properties");
        for (String key : danish.stringPropertyNames()) {
            if (key.startsWith("pattern.")) {
                continue;
            }
            MessageFormat da = new MessageFormat(danish.getProperty(key));
            MessageFormat en = new MessageFormat(english.getProperty(key));
            assertThat(en.getFormatsByArgumentIndex()).as(key).hasSameSizeAs(da.getFormatsByArgumentIndex());
        }
    }

    @Test
    void everyEnumOfThePublishedLanguageHasItsWordsInBothLanguages() throws IOException {
        Properties danish = file("i18n/words.properties");
        Properties english = file("i18n/words_en.properties");
        for (Class<? extends Enum<?>> type : ENUMS) {
            String prefix = Character.toLowerCase(type.getSimpleName().charAt(0)) + type.getSimpleName().substring(1);
            prefix = switch (prefix) {
                case "agendaItemKind" -> "itemKind";
                case "decisionOutcome" -> "outcome";
                case "memberRole" -> "role";
                case "relationKind" -> "relation";
                case "attendanceStatus" -> "attendance";
                default -> prefix;
            };
            for (Enum<?> value : type.getEnumConstants()) {
                assertThat(danish).as("da").containsKey(prefix + "." + value.name());
                assertThat(english).as("en").containsKey(prefix + "." + value.name());
            }
        }
    }

    @Test
    void theDanishKindsAndOutcomesAreTheMinutesOwnWords() {
        for (AgendaItemKind kind : AgendaItemKind.values()) {
            assertThat(HistoryWords.DANISH.itemKind(kind)).isEqualTo(Words.DANISH.label(kind));
        }
        for (DecisionOutcome outcome : DecisionOutcome.values()) {
            assertThat(HistoryWords.DANISH.outcome(outcome)).isEqualTo(Words.DANISH.label(outcome));
        }
        assertThat(HistoryWords.ENGLISH.itemKind(AgendaItemKind.DECISION)).isEqualTo("for decision");
        assertThat(HistoryWords.ENGLISH.outcome(DecisionOutcome.NOTED)).isEqualTo("noted");
    }

    @Test
    void datesInEachLanguage() {
        assertThat(HistoryWords.DANISH.date(LocalDate.of(2026, 12, 3))).isEqualTo("3. december 2026");
        assertThat(HistoryWords.DANISH.dateTime(LocalDateTime.of(2026, 12, 3, 14, 0)))
                .isEqualTo("3. december 2026 kl. 14.00");
        assertThat(HistoryWords.ENGLISH.date(LocalDate.of(2026, 12, 3))).isEqualTo("3 December 2026");
        assertThat(HistoryWords.ENGLISH.dateTime(LocalDateTime.of(2026, 12, 3, 14, 0)))
                .isEqualTo("3 December 2026, 14:00");
    }

    @Test
    void englishIsAskedForByItsTagAndEverythingElseIsDanish() {
        assertThat(Stream.of("en", "EN", "en-GB", "en_US", " en ").map(HistoryWords::of))
                .containsOnly(HistoryWords.ENGLISH);
        assertThat(Stream.of(null, "", "da", "da-DK", "de", "not a tag").map(HistoryWords::of))
                .containsOnly(HistoryWords.DANISH);
        assertThat(Words.languageOf("en-GB")).isEqualTo("en");
        assertThat(Words.languageOf(null)).isEqualTo("da");
        assertThat(new FindMeetingHistory(null, null)).isEqualTo(new FindMeetingHistory(null, null, "da"));
        assertThat(new FindPersonHistory(null, null, "en-GB").language()).isEqualTo("en");
    }

    @Test
    void everyKindOfEventIsToldInBothLanguagesEvenWithNothingFilledIn() {
        List<Class<?>> types = Stream.of(MeetingEvent.class, BodyEvent.class, PersonEvent.class)
                .flatMap(type -> Arrays.stream(type.getPermittedSubclasses())).toList();
        assertThat(types).hasSizeGreaterThan(25);
        for (HistoryWords words : List.of(HistoryWords.DANISH, HistoryWords.ENGLISH)) {
            EventDescriber describer = new EventDescriber(Names.NONE, words);
            for (Class<?> type : types) {
                Object event = empty(type);
                assertThatCode(() -> describer.describe(event)).as("%s in %s", type.getSimpleName(), words.language())
                        .doesNotThrowAnyException();
                // no event falls through to the catch-all sentence
                assertThat(describer.describe(event).what()).as(type.getSimpleName())
                        .doesNotContain(type.getSimpleName());
            }
        }
    }

    /** A record with every component null (false, 0 for primitives). */
    private static Object empty(Class<?> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
            Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
            Object[] arguments = Arrays.stream(parameterTypes).map(parameter -> parameter == boolean.class ? false
                    : parameter.isPrimitive() ? 0 : null).toArray();
            return constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(type.getName(), e);
        }
    }

    private static Properties file(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = HistoryWordsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
