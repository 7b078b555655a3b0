package dk.protokol.query.history;

import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The Danish words and date forms a history is told in. */
final class HistoryWords {

    static final Locale DANISH = Locale.forLanguageTag("da-DK");
    static final String UNKNOWN_PERSON = "(ukendt person)";
    static final String UNKNOWN_BODY = "(ukendt organ)";
    static final String UNKNOWN_ITEM = "(ukendt punkt)";
    static final String UNKNOWN_DECISION = "(ukendt beslutning)";

    /** Longer texts (a decision named in a remark's sentence) are cut at this many characters. */
    static final int SHORT = 60;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH);

    private HistoryWords() {
    }

    /** "3. december 2026". */
    static String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    /** "3. december 2026 kl. 14.00" (a meeting's local Danish time). */
    static String dateTime(LocalDateTime time) {
        return time == null ? null : DATE_TIME.format(time);
    }

    /** »text«, cut to {@link #SHORT} characters; {@code unknown} when there is none. */
    static String quoted(String text, String unknown) {
        if (text == null || text.isBlank()) {
            return unknown;
        }
        String trimmed = text.strip();
        return "»" + (trimmed.length() > SHORT ? trimmed.substring(0, SHORT - 1).stripTrailing() + "…" : trimmed) + "«";
    }

    static String orUnknownPerson(String name) {
        return name == null || name.isBlank() ? UNKNOWN_PERSON : name;
    }

    static String orUnknownBody(String name) {
        return name == null || name.isBlank() ? UNKNOWN_BODY : name;
    }

    static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    static String role(MemberRole role) {
        if (role == null) {
            return "medlem";
        }
        return switch (role) {
            case CHAIR -> "formand";
            case VICE_CHAIR -> "næstformand";
            case MEMBER -> "medlem";
            case SUBSTITUTE -> "suppleant";
            case OBSERVER -> "observatør";
            case SECRETARY -> "sekretær";
        };
    }

    static String kind(BodyKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case STEERING_GROUP -> "styregruppe";
            case FORUM -> "forum";
            case BOARD -> "bestyrelse";
            case SECRETARIAT -> "sekretariat";
            case FOLLOW_UP_GROUP -> "følgegruppe";
            case QUARTER_NETWORK -> "kvarternetværk";
            case COORDINATION_GROUP -> "koordinationsgruppe";
            case WORKING_GROUP -> "arbejdsgruppe";
            case NETWORK -> "netværk";
        };
    }

    /** "refererer til", to be followed by the target body's name. */
    static String relation(RelationKind relation) {
        if (relation == null) {
            return "har en relation til";
        }
        return switch (relation) {
            case REPORTS_TO -> "refererer til";
            case PREPARES_FOR -> "forbereder sager til";
            case SERVES -> "betjener";
        };
    }

    static String attendance(AttendanceStatus status) {
        if (status == null) {
            return "ikke angivet";
        }
        return switch (status) {
            case PRESENT -> "til stede";
            case APOLOGIES -> "afbud";
            case ABSENT -> "fraværende uden afbud";
            case GUEST -> "gæst";
        };
    }
}
