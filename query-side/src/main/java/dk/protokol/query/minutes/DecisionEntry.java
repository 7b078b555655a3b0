package dk.protokol.query.minutes;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.BodyId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.DecisionOutcome;

import java.time.LocalDateTime;

/**
 * One line of {@code GET /api/decisions}, the decision register: what was decided, under which item,
 * at which meeting of which body. {@code outcomeLabel} is the Danish word for the outcome; the meeting's
 * start is local Danish time.
 */
public record DecisionEntry(DecisionId decisionId, String text, DecisionOutcome outcome, String outcomeLabel,
                            MeetingId meetingId, LocalDateTime meetingStart, BodyId bodyId, String bodyName,
                            String organisation, AgendaItemId itemId, Integer itemNumber, String itemTitle) {
}
