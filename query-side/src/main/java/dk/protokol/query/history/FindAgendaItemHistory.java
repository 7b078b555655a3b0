package dk.protokol.query.history;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;

import java.time.Instant;

/**
 * What was recorded about one agenda item of a meeting (see {@link HistoryScope#item}), who did it and when, as
 * known at {@code asOf} (now when null).
 */
public record FindAgendaItemHistory(MeetingId meetingId, AgendaItemId itemId, Instant asOf) {
}
