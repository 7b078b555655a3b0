package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** The minutes text (referat) of an item; it replaces the earlier text, which stays in the history. */
public record RecordItemNotes(@TargetAggregateIdentifier MeetingId meetingId, AgendaItemId itemId, String text) {

    public RecordItemNotes {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
    }
}
