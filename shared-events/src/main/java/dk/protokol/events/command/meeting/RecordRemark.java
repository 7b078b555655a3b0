package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.DecisionId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A member's recorded remark on a decision (protokolbemærkning). */
public record RecordRemark(@TargetAggregateIdentifier MeetingId meetingId, DecisionId decisionId, PersonId personId,
                           String text) {

    public RecordRemark {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(decisionId, "decisionId");
        Objects.requireNonNull(personId, "personId");
    }
}
