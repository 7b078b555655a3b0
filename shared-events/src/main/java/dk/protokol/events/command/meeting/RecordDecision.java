package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.DecisionOutcome;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A decision on an item; the votes are null when no vote was taken. */
public record RecordDecision(@TargetAggregateIdentifier MeetingId meetingId, AgendaItemId itemId,
                             DecisionId decisionId, String text, DecisionOutcome outcome, String recommendation,
                             Integer votesFor, Integer votesAgainst, Integer abstentions) {

    public RecordDecision {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(outcome, "outcome");
    }
}
