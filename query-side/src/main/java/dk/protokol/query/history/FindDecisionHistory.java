package dk.protokol.query.history;

import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;

import java.time.Instant;

/**
 * What was recorded about one decision of a meeting (the decision, remarks on it, actions that follow it up), who
 * did it and when, as known at {@code asOf} (now when null).
 */
public record FindDecisionHistory(MeetingId meetingId, DecisionId decisionId, Instant asOf) {
}
