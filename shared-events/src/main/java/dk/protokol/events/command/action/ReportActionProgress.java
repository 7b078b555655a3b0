package dk.protokol.events.command.action;

import dk.protokol.events.ids.ActionId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Reports how the action is going. {@code meetingId}: the meeting it is reported at (follow-up under the standing
 * item), or null.
 */
public record ReportActionProgress(@TargetAggregateIdentifier ActionId actionId, String note, MeetingId meetingId) {

    public ReportActionProgress {
        Objects.requireNonNull(actionId, "actionId");
    }
}
