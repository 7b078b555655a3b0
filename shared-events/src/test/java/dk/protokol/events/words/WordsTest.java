package dk.protokol.events.words;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The one bundle of words: both languages have the same keys, every enum of the published language has a word in
 * each, the words are plain text (no placeholder, nothing MessageFormat would change), and the date patterns work.
 */
class WordsTest {

    private static final List<Class<? extends Enum<?>>> PUBLISHED = List.of(AgendaItemKind.class,
            DecisionOutcome.class, AttendanceStatus.class, MemberRole.class, BodyKind.class, RelationKind.class);

    @Test
    void bothLanguagesHaveTheSameKeysAndNoneIsBlank() throws IOException {
        Properties danish = file("");
        Properties english = file("_en");
        assertThat(danish.stringPropertyNames()).isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String key : danish.stringPropertyNames()) {
            assertThat(danish.getProperty(key)).as("da %s", key).isNotBlank();
            assertThat(english.getProperty(key)).as("en %s", key).isNotBlank();
        }
    }

    @Test
    void everyEnumOfThePublishedLanguageHasADanishAndAnEnglishWord() throws IOException {
        List<Class<?>> enums = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dk.protokol.events").stream().filter(JavaClass::isEnum)
                // the kinds of a refusal are how a sender is answered (an HTTP status), not words of the domain
                .filter(type -> !type.getPackageName().equals("dk.protokol.events.command"))
                .map(JavaClass::reflect).<Class<?>>map(type -> type).toList();
        assertThat(enums).containsAll(PUBLISHED);
        Properties danish = file("");
        Properties english = file("_en");
        for (Class<?> type : enums) {
            for (Object constant : type.getEnumConstants()) {
                String key = Words.key((Enum<?>) constant);
                assertThat(danish).as("da").containsKey(key);
                assertThat(english).as("en").containsKey(key);
                assertThat(Words.DANISH.label((Enum<?>) constant)).isEqualTo(danish.getProperty(key));
                assertThat(Words.ENGLISH.label((Enum<?>) constant)).isEqualTo(english.getProperty(key));
            }
        }
    }

    @Test
    void wordsArePlainTextThatAMessageSourceGivesBackUnchanged() throws IOException {
        for (String suffix : List.of("", "_en")) {
            Properties words = file(suffix);
            for (String key : words.stringPropertyNames()) {
                String word = words.getProperty(key);
                if (key.startsWith("pattern.")) {
                    assertThatCode(() -> DateTimeFormatter.ofPattern(word)).as(key).doesNotThrowAnyException();
                    continue;
                }
                assertThat(new MessageFormat(word).getFormatsByArgumentIndex()).as("%s%s", key, suffix).isEmpty();
                assertThat(word).as("%s%s", key, suffix).doesNotContain("'", "{", "}");
            }
        }
    }

    @Test
    void keysAreTheEnumsPrefixAndTheConstantsName() {
        assertThat(Words.key(DecisionOutcome.ADOPTED)).isEqualTo("outcome.ADOPTED");
        assertThat(Words.key(AgendaItemKind.DECISION)).isEqualTo("itemKind.DECISION");
        assertThat(Words.key(BodyKind.FORUM)).isEqualTo("bodyKind.FORUM");
        assertThat(Words.key(MemberRole.CHAIR)).isEqualTo("role.CHAIR");
        assertThat(Words.key(RelationKind.SERVES)).isEqualTo("relation.SERVES");
        assertThat(Words.key(AttendanceStatus.GUEST)).isEqualTo("attendance.GUEST");
    }

    @Test
    void theSameWordsInEachLanguage() {
        assertThat(Words.DANISH.label(DecisionOutcome.ADOPTED)).isEqualTo("vedtaget");
        assertThat(Words.ENGLISH.label(DecisionOutcome.ADOPTED)).isEqualTo("adopted");
        assertThat(Words.DANISH.label(MemberRole.VICE_CHAIR)).isEqualTo("næstformand");
        assertThat(Words.DANISH.label(null)).isNull();
    }

    @Test
    void datesInEachLanguage() {
        LocalDateTime start = LocalDateTime.of(2026, 12, 3, 14, 0);
        assertThat(Words.DANISH.date(LocalDate.of(2025, 6, 1))).isEqualTo("1. juni 2025");
        assertThat(Words.DANISH.dateTime(start)).isEqualTo("3. december 2026 kl. 14.00");
        assertThat(Words.DANISH.longDate(start)).isEqualTo("torsdag den 3. december 2026");
        assertThat(Words.DANISH.time(start)).isEqualTo("kl. 14.00");
        assertThat(Words.ENGLISH.date(LocalDate.of(2025, 6, 1))).isEqualTo("1 June 2025");
        assertThat(Words.ENGLISH.dateTime(start)).isEqualTo("3 December 2026, 14:00");
        assertThat(Words.ENGLISH.longDate(start)).isEqualTo("Thursday 3 December 2026");
        assertThat(Words.ENGLISH.time(start)).isEqualTo("14:00");
        assertThat(Words.DANISH.date(null)).isNull();
    }

    @Test
    void englishForAnEnglishLocaleDanishForAnyOther() {
        assertThat(Words.of(Locale.ENGLISH)).isSameAs(Words.ENGLISH);
        assertThat(Words.of(Locale.UK)).isSameAs(Words.ENGLISH);
        assertThat(Words.of(Locale.forLanguageTag("da-DK"))).isSameAs(Words.DANISH);
        assertThat(Words.of(Locale.GERMAN)).isSameAs(Words.DANISH);
        assertThat(Words.of(null)).isSameAs(Words.DANISH);
    }

    private static Properties file(String suffix) throws IOException {
        String resource = Words.BUNDLE + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = WordsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
