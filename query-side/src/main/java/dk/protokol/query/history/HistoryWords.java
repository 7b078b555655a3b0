package dk.protokol.query.history;

import dk.protokol.query.organisation.PersonView;
import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.words.Words;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The words and date forms a history is told in, in one language: Danish (the default; "3. december 2026 kl.
 * 14.00") or English ("3 December 2026, 14:00"). The sentences are the message bundle {@value #BUNDLE}
 * ({@code history-events.properties} Danish, {@code history-events_en.properties} English), read as UTF-8; each is
 * a {@link MessageFormat} pattern filled with strings only (no number or date formatting of MessageFormat's own).
 * The enums' words and the dates are the published language's shared {@link Words}.
 * Immutable and loaded once per language: a describer is handed one, it never looks anything up itself.
 */
public final class HistoryWords {

    /** The bundle's base name on the class path. */
    static final String BUNDLE = "i18n/history-events";
    /** The languages a history can be told in, the default first. */
    static final List<String> LANGUAGES = List.of("da", "en");

    /** Longer texts (a decision named in a remark's sentence) are cut at this many characters. */
    static final int SHORT = 60;

    public static final HistoryWords DANISH = load("da", Words.DANISH);
    public static final HistoryWords ENGLISH = load("en", Words.ENGLISH);

    private final String language;
    private final Locale locale;
    private final ResourceBundle texts;
    private final Words words;

    private HistoryWords(String language, Words words, ResourceBundle texts) {
        this.language = language;
        this.locale = words.locale();
        this.texts = texts;
        this.words = words;
    }

    /** English for "en" (also "en-GB" and the like), Danish for anything else, null included. */
    public static HistoryWords of(String language) {
        return "en".equals(Words.languageOf(language)) ? ENGLISH : DANISH;
    }


    /** "da" or "en". */
    public String language() {
        return language;
    }

    /** The text of {@code key} with {@code arguments} filled in. */
    String text(String key, String... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }

    /** "3. december 2026" / "3 December 2026". */
    String date(LocalDate value) {
        return words.date(value);
    }

    /** "3. december 2026 kl. 14.00" / "3 December 2026, 14:00" (a meeting's local Danish time). */
    String dateTime(LocalDateTime value) {
        return words.dateTime(value);
    }

    /** »text« (Danish) or "text" (English), cut to {@link #SHORT} characters; {@code unknown} when there is none. */
    String quoted(String text, String unknown) {
        if (text == null || text.isBlank()) {
            return unknown;
        }
        String trimmed = text.strip();
        return text("quoted",
                trimmed.length() > SHORT ? trimmed.substring(0, SHORT - 1).stripTrailing() + "…" : trimmed);
    }

    String unknownPerson() {
        return text("unknown.person");
    }

    String unknownBody() {
        return text("unknown.body");
    }

    String unknownItem() {
        return text("unknown.item");
    }

    String unknownDecision() {
        return text("unknown.decision");
    }

    String erasedPerson() {
        return text("erased.person");
    }

    /** A name as read; an erased person in this history's language. */
    String orUnknownPerson(String name) {
        if (PersonView.ERASED_NAME.equals(name)) {
            return erasedPerson();
        }
        return name == null || name.isBlank() ? unknownPerson() : name;
    }

    String orUnknownBody(String name) {
        return name == null || name.isBlank() ? unknownBody() : name;
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    String role(MemberRole role) {
        return role == null ? text("role.none") : words.label(role);
    }

    String kind(BodyKind kind) {
        return words.label(kind);
    }

    String itemKind(AgendaItemKind kind) {
        return words.label(kind);
    }

    String outcome(DecisionOutcome outcome) {
        return words.label(outcome);
    }

    /** "refererer til", to be followed by the target body's name. */
    String relation(RelationKind relation) {
        return relation == null ? text("relation.none") : words.label(relation);
    }

    String attendance(AttendanceStatus status) {
        return status == null ? text("attendance.none") : words.label(status);
    }

    /** The bundle file of a language, read as UTF-8 and on its own (no fallback to another language's file). */
    static ResourceBundle bundle(String language) {
        String resource = BUNDLE + ("da".equals(language) ? "" : "_" + language) + ".properties";
        try (InputStream in = HistoryWords.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
    }

    private static HistoryWords load(String language, Words words) {
        return new HistoryWords(language, words, bundle(language));
    }
}
