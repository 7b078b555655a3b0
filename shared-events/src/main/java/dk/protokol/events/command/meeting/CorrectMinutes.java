package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.CorrectionId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** A recorded correction to approved minutes; {@code itemId} null corrects the minutes as a whole. */
public record CorrectMinutes(@TargetAggregateIdentifier MeetingId meetingId, CorrectionId correctionId,
                             AgendaItemId itemId, String text, String reason) {

    public CorrectMinutes {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(correctionId, "correctionId");
    }
}
