package dk.protokol.web.common;

import dk.protokol.events.meeting.AgendaItemKind;
import dk.protokol.events.meeting.AttendanceStatus;
import dk.protokol.events.meeting.DecisionOutcome;
import dk.protokol.events.organisation.BodyKind;
import dk.protokol.events.organisation.MemberRole;
import dk.protokol.events.organisation.RelationKind;
import dk.protokol.events.words.Words;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.minutes.MeetingStatus;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' message source holds the shared words under their own keys, so a template's
 * {@code #{meetingStatus.CLOSED}} is the very word the documents and histories use, in Danish and in English.
 */
class PageWordsTest {

    private final MessageSource messages = new WebConfiguration(null).messageSource();

    @Test
    void everyEnumWordIsThePagesWordInBothLanguages() {
        List<Enum<?>> constants = Stream.of(AgendaItemKind.class, AttendanceStatus.class, DecisionOutcome.class,
                        BodyKind.class, MemberRole.class, RelationKind.class, MeetingStatus.class, ActionStatus.class)
                .<Enum<?>>flatMap(type -> Stream.of(type.getEnumConstants())).toList();
        for (Enum<?> constant : constants) {
            assertThat(messages.getMessage(Words.key(constant), null, WebConfiguration.DANISH))
                    .isEqualTo(Words.DANISH.label(constant));
            assertThat(messages.getMessage(Words.key(constant), null, Locale.ENGLISH))
                    .isEqualTo(Words.ENGLISH.label(constant));
        }
    }

    @Test
    void datesFollowTheSharedPattern() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThat(DateTimeFormatter.ofPattern(messages.getMessage("pattern.date", null, WebConfiguration.DANISH),
                WebConfiguration.DANISH).format(day)).isEqualTo("1. juni 2025");
        assertThat(DateTimeFormatter.ofPattern(messages.getMessage("pattern.date", null, Locale.ENGLISH),
                Locale.ENGLISH).format(day)).isEqualTo("1 June 2025");
    }
}
