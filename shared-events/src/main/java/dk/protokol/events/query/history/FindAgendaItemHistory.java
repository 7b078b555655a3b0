package dk.protokol.events.query.history;

import dk.protokol.events.words.Words;
import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;

import java.time.Instant;

/**
 * What was recorded about one agenda item of a meeting (see {@code HistoryScope#item} on the read side), who did it and when, as
 * known at {@code asOf} (now when null), told in {@code language}: "en" for English, else Danish ("da"; null,
 * blank or any other language is Danish).
 */
public record FindAgendaItemHistory(MeetingId meetingId, AgendaItemId itemId, Instant asOf, String language) {

    public FindAgendaItemHistory {
        language = Words.languageOf(language);
    }

    /** Told in Danish. */
    public FindAgendaItemHistory(MeetingId meetingId, AgendaItemId itemId, Instant asOf) {
        this(meetingId, itemId, asOf, null);
    }
}
