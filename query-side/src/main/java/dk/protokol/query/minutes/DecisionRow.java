package dk.protokol.query.minutes;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.DecisionOutcome;

import java.time.LocalDateTime;

/**
 * One row of the decision register as stored: a decision with what a reader needs to place it. Names
 * are not stored; {@code position} orders the decisions of one meeting (agenda order, then recording).
 */
public record DecisionRow(DecisionId decisionId, MeetingId meetingId, BodyId bodyId, LocalDateTime meetingStart,
                          int position, AgendaItemId itemId, Integer itemNumber, String itemTitle, String text,
                          DecisionOutcome outcome) {
}
