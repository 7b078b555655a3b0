package dk.protokol.query.common;

import dk.protokol.events.words.Words;
import dk.protokol.events.query.actions.ActionStatus;
import dk.protokol.query.minutes.MeetingStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The read side's own statuses have their words in the shared bundle beside the published language's enums: every
 * constant a Danish and an English word, under the keys the pages ask for ({@code #{meetingStatus.CLOSED}}).
 */
class ReadSideWordsTest {

    private static final List<Class<? extends Enum<?>>> WORDED = List.of(MeetingStatus.class, ActionStatus.class);

    @Test
    void everyStatusHasADanishAndAnEnglishWord() {
        for (Class<? extends Enum<?>> type : WORDED) {
            for (Enum<?> constant : type.getEnumConstants()) {
                for (Words words : List.of(Words.DANISH, Words.ENGLISH)) {
                    assertThatCode(() -> words.label(constant)).as("%s %s", Words.key(constant), words.locale())
                            .doesNotThrowAnyException();
                    assertThat(words.label(constant)).as("%s %s", Words.key(constant), words.locale()).isNotBlank();
                }
            }
        }
    }

    @Test
    void theKeysAreThePagesKeys() {
        assertThat(Words.key(MeetingStatus.MINUTES_APPROVED)).isEqualTo("meetingStatus.MINUTES_APPROVED");
        assertThat(Words.key(ActionStatus.DONE)).isEqualTo("actionStatus.DONE");
        assertThat(Words.DANISH.label(MeetingStatus.CLOSED)).isEqualTo("afholdt");
        assertThat(Words.ENGLISH.label(ActionStatus.OPEN)).isEqualTo("Open");
    }
}
