package dk.protokol.events.query.history;

import dk.protokol.events.words.Words;
import dk.protokol.events.ids.BodyId;

import java.time.Instant;

/**
 * Everything recorded about one body (members, relations, dissolution), as known at {@code asOf} (now when null),
 * told in {@code language}: "en" for English, else Danish ("da"; null, blank or any other language is Danish).
 */
public record FindBodyHistory(BodyId bodyId, Instant asOf, String language) {

    public FindBodyHistory {
        language = Words.languageOf(language);
    }

    /** Told in Danish. */
    public FindBodyHistory(BodyId bodyId, Instant asOf) {
        this(bodyId, asOf, null);
    }
}
