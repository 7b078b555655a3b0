package dk.protokol.events.query.history;

import dk.protokol.events.words.Words;
import dk.protokol.events.ids.MeetingId;

import java.time.Instant;

/**
 * Everything recorded about one meeting, who did it and when, as known at {@code asOf} (now when null), told in
 * {@code language}: "en" for English, else Danish ("da"; null, blank or any other language is Danish).
 */
public record FindMeetingHistory(MeetingId meetingId, Instant asOf, String language) {

    public FindMeetingHistory {
        language = Words.languageOf(language);
    }

    /** Told in Danish. */
    public FindMeetingHistory(MeetingId meetingId, Instant asOf) {
        this(meetingId, asOf, null);
    }
}
