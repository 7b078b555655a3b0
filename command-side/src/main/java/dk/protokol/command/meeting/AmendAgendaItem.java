package dk.protokol.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.meeting.AgendaItemKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Amends an item: a null field stays as it is; a blank {@code description} removes the description. The event
 * then carries the complete new title, kind and description.
 */
public record AmendAgendaItem(@TargetAggregateIdentifier MeetingId meetingId, AgendaItemId itemId, String title,
                              AgendaItemKind kind, String description) {

    public AmendAgendaItem {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
    }
}
