package dk.protokol.events.command.meeting;

import dk.protokol.events.ids.AgendaItemId;
import dk.protokol.events.ids.MeetingId;
import dk.protokol.events.ids.PersonId;
import dk.protokol.events.meeting.AgendaItemKind;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/** Puts an item last on the agenda. {@code description} and {@code presenterId} may be null. */
public record AddAgendaItem(@TargetAggregateIdentifier MeetingId meetingId, AgendaItemId itemId, String title,
                            AgendaItemKind kind, String description, PersonId presenterId) {

    public AddAgendaItem {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(kind, "kind");
    }
}
