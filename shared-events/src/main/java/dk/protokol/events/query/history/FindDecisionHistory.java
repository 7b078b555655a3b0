package dk.protokol.events.query.history;

import dk.protokol.events.words.Words;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;

import java.time.Instant;

/**
 * What was recorded about one decision of a meeting (the decision, remarks on it, actions that follow it up), who
 * did it and when, as known at {@code asOf} (now when null), told in {@code language}: "en" for English, else
 * Danish ("da"; null, blank or any other language is Danish).
 */
public record FindDecisionHistory(MeetingId meetingId, DecisionId decisionId, Instant asOf, String language) {

    public FindDecisionHistory {
        language = Words.languageOf(language);
    }

    /** Told in Danish. */
    public FindDecisionHistory(MeetingId meetingId, DecisionId decisionId, Instant asOf) {
        this(meetingId, decisionId, asOf, null);
    }
}
