package dk.protokol.events.query.history;

import dk.protokol.events.words.Words;
import dk.protokol.events.ids.PersonId;

import java.time.Instant;

/**
 * Everything recorded about one person's registration, as known at {@code asOf} (now when null), told in
 * {@code language}: "en" for English, else Danish ("da"; null, blank or any other language is Danish).
 */
public record FindPersonHistory(PersonId personId, Instant asOf, String language) {

    public FindPersonHistory {
        language = Words.languageOf(language);
    }

    /** Told in Danish. */
    public FindPersonHistory(PersonId personId, Instant asOf) {
        this(personId, asOf, null);
    }
}
