package dk.protokol.command.common;

import dk.protokol.events.organisation.MemberRole;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The words rule messages use, so that a secretary reads "1. juni 2025" and "formand", not ISO dates and enums. */
public final class Danish {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

    private Danish() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    public static String role(MemberRole role) {
        return switch (role) {
            case CHAIR -> "formand";
            case VICE_CHAIR -> "næstformand";
            case MEMBER -> "medlem";
            case SUBSTITUTE -> "suppleant";
            case OBSERVER -> "observatør";
            case SECRETARY -> "sekretær";
        };
    }
}
