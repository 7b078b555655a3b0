package dk.protokol.events.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.serialization.Revision;

/** A decision (beslutning) on an item. {@code recommendation} is the indstilling; votes may be null (no vote taken). {@code lateEntry}: recorded by the secretary after the meeting closed, before the minutes were circulated. */
@Revision("1")
public record DecisionRecorded(MeetingId meetingId, AgendaItemId itemId, DecisionId decisionId, String text, DecisionOutcome outcome, String recommendation, Integer votesFor, Integer votesAgainst, Integer abstentions, boolean lateEntry) implements MeetingEvent {
}
